import type { Kysely } from 'kysely';
import type { Deal, DealCreateInput, DealUpdateInput, LineItemInput } from '../../shared/deals';
import { stageChangesQuery, toStageChange } from '../activities/activities.service';
import type { AppContext } from '../app-context';
import { contactRowColumns } from '../contacts/contacts.queries';
import { toContactRow } from '../contacts/contacts.service';
import type { Database } from '../db/schema';
import { write } from '../db/write';
import { AppError, notFound } from '../ipc/app-error';
import { defaultPipelineId, getStage, stageWithOutcome } from '../pipelines/pipelines.service';
import { readSetting } from '../settings/settings';
import { dealRowQuery, toDealRow } from './deal-rows';

export const getDeal = async (db: Kysely<Database>, id: number): Promise<Deal> => {
  const row = await dealRowQuery(db)
    .select(['d.lead_id', 'd.close_reason', 'd.created_at'])
    .where('d.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Deal', id);
  const [contacts, lineItems] = await Promise.all([
    db
      .selectFrom('deal_contacts as dc')
      .innerJoin('contacts as c', 'c.id', 'dc.contact_id')
      .leftJoin('companies as co', 'co.id', 'c.company_id')
      .select(contactRowColumns)
      .where('dc.deal_id', '=', id)
      .orderBy('c.last_name')
      .execute(),
    db
      .selectFrom('deal_line_items')
      .select(['id', 'catalog_item_id', 'description', 'quantity', 'unit', 'unit_price_minor', 'tax_rate_id'])
      .where('deal_id', '=', id)
      .orderBy('position')
      .execute(),
  ]);
  return {
    ...toDealRow(row),
    leadId: row.lead_id,
    closeReason: row.close_reason,
    createdAt: row.created_at,
    contacts: contacts.map(toContactRow),
    lineItems: lineItems.map((item) => ({
      id: item.id,
      catalogItemId: item.catalog_item_id,
      description: item.description,
      quantity: item.quantity,
      unit: item.unit,
      unitPriceMinor: item.unit_price_minor,
      taxRateId: item.tax_rate_id,
    })),
  };
};

const assertExists = async (
  db: Kysely<Database>,
  table: 'companies' | 'contacts',
  ids: number[],
  field: string,
) => {
  if (ids.length === 0) return;
  const found = await db.selectFrom(table).select('id').where('id', 'in', ids).execute();
  const missing = ids.filter((id) => !found.some((row) => row.id === id));
  if (missing.length > 0) {
    const what = table === 'companies' ? 'Company' : 'Contact';
    throw new AppError('invalid_input', `${what} ${missing.join(', ')} does not exist`, {
      [field]: `Choose an existing ${what.toLowerCase()}`,
    });
  }
};

const replaceContacts = async (db: Kysely<Database>, dealId: number, contactIds: number[]) => {
  const unique = [...new Set(contactIds)];
  await assertExists(db, 'contacts', unique, 'contactIds');
  await db.deleteFrom('deal_contacts').where('deal_id', '=', dealId).execute();
  if (unique.length > 0) {
    await db
      .insertInto('deal_contacts')
      .values(unique.map((contactId) => ({ deal_id: dealId, contact_id: contactId })))
      .execute();
  }
};

/** Lines name the catalog item and tax rate they came from; both must exist (archived ones included). */
const assertLineReferences = async (db: Kysely<Database>, items: LineItemInput[], field: string) => {
  const references = [
    { table: 'catalog_items', key: 'catalogItemId', what: 'Catalog item' },
    { table: 'tax_rates', key: 'taxRateId', what: 'Tax rate' },
  ] as const;
  for (const { table, key, what } of references) {
    const ids = [...new Set(items.flatMap((item) => (item[key] ? [item[key]] : [])))];
    if (ids.length === 0) continue;
    const found = new Set(
      (await db.selectFrom(table).select('id').where('id', 'in', ids).execute()).map((row) => row.id),
    );
    const index = items.findIndex((item) => item[key] && !found.has(item[key]));
    if (index >= 0)
      throw new AppError('invalid_input', `${what} ${items[index]?.[key]} does not exist`, {
        [`${field}.${index}.${key}`]: `Choose an existing ${what.toLowerCase()}`,
      });
  }
};

const replaceLineItems = async (
  db: Kysely<Database>,
  dealId: number,
  items: LineItemInput[],
  field: string,
) => {
  await assertLineReferences(db, items, field);
  await db.deleteFrom('deal_line_items').where('deal_id', '=', dealId).execute();
  if (items.length > 0) {
    await db
      .insertInto('deal_line_items')
      .values(
        items.map((item, position) => ({
          deal_id: dealId,
          position,
          catalog_item_id: item.catalogItemId ?? null,
          description: item.description,
          quantity: item.quantity,
          unit: item.unit ?? '',
          unit_price_minor: item.unitPriceMinor,
          tax_rate_id: item.taxRateId ?? null,
        })),
      )
      .execute();
  }
};

export const bottomOfStage = async (db: Kysely<Database>, stageId: number, exceptDealId = 0) => {
  const last = await db
    .selectFrom('deals')
    .select((eb) => eb.fn.max('position').as('p'))
    .where('stage_id', '=', stageId)
    .where('id', '<>', exceptDealId)
    .executeTakeFirst();
  return (last?.p ?? 0) + 1;
};

/**
 * Creates a deal inside the caller's transaction (leads and imports create deals too). It starts in an
 * open stage; winning and losing go through the stage transitions so the account and history follow.
 */
export const insertDeal = async (
  db: Kysely<Database>,
  input: DealCreateInput & { leadId?: number | null },
  now: string,
): Promise<number> => {
  const stage = input.stageId
    ? await getStage(db, input.stageId)
    : await stageWithOutcome(db, input.pipelineId ?? (await defaultPipelineId(db)), 'open');
  if (input.pipelineId && stage.pipeline_id !== input.pipelineId) {
    throw new AppError('invalid_input', 'That stage belongs to another pipeline', {
      stageId: 'Choose a stage of this pipeline',
    });
  }
  if (stage.outcome !== 'open') {
    throw new AppError('invalid_input', 'Create the deal in an open stage, then win or lose it', {
      stageId: 'Choose an open stage',
    });
  }
  await assertExists(db, 'companies', input.companyId ? [input.companyId] : [], 'companyId');
  const { id } = await db
    .insertInto('deals')
    .values({
      title: input.title,
      pipeline_id: stage.pipeline_id,
      stage_id: stage.id,
      company_id: input.companyId ?? null,
      lead_id: input.leadId ?? null,
      value_minor: input.valueMinor ?? 0,
      currency: input.currency ?? (await readSetting(db, 'base_currency')),
      expected_close_date: input.expectedCloseDate ?? null,
      next_step: input.nextStep ?? '',
      position: await bottomOfStage(db, stage.id),
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceContacts(db, id, input.contactIds ?? []);
  await replaceLineItems(db, id, input.lineItems ?? [], 'lineItems');
  await db
    .insertInto('deal_stage_changes')
    .values({ deal_id: id, kind: 'created', from_stage_id: null, to_stage_id: stage.id, changed_at: now })
    .execute();
  return id;
};

export const createDeal = (ctx: AppContext, input: DealCreateInput): Promise<Deal> =>
  write(ctx, ['deals'], async (trx) => getDeal(trx, await insertDeal(trx, input, ctx.clock().toISOString())));

export const updateDeal = (ctx: AppContext, { id, changes }: DealUpdateInput): Promise<Deal> =>
  write(ctx, ['deals', 'accounts'], async (trx) => {
    await getDeal(trx, id);
    if (changes.companyId) await assertExists(trx, 'companies', [changes.companyId], 'companyId');
    await trx
      .updateTable('deals')
      .set({
        ...(changes.title !== undefined && { title: changes.title }),
        ...(changes.companyId !== undefined && { company_id: changes.companyId }),
        ...(changes.valueMinor !== undefined && { value_minor: changes.valueMinor }),
        ...(changes.currency !== undefined && { currency: changes.currency }),
        ...(changes.expectedCloseDate !== undefined && { expected_close_date: changes.expectedCloseDate }),
        ...(changes.nextStep !== undefined && { next_step: changes.nextStep }),
        updated_at: ctx.clock().toISOString(),
      })
      .where('id', '=', id)
      .execute();
    if (changes.contactIds) await replaceContacts(trx, id, changes.contactIds);
    if (changes.lineItems) await replaceLineItems(trx, id, changes.lineItems, 'changes.lineItems');
    return getDeal(trx, id);
  });

export const dealHistory = async (db: Kysely<Database>, id: number) => {
  await getDeal(db, id);
  const rows = await stageChangesQuery(db)
    .where('h.deal_id', '=', id)
    .orderBy('h.changed_at')
    .orderBy('h.id')
    .execute();
  return rows.map(toStageChange);
};

export const setDealArchived = (ctx: AppContext, id: number, archived: boolean): Promise<Deal> =>
  write(ctx, ['deals', 'accounts'], async (trx) => {
    await getDeal(trx, id);
    const now = ctx.clock().toISOString();
    await trx
      .updateTable('deals')
      .set({ archived_at: archived ? now : null, updated_at: now })
      .where('id', '=', id)
      .execute();
    return getDeal(trx, id);
  });
