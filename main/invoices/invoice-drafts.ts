import type { Kysely } from 'kysely';
import { localIsoDate } from '../../shared/invoice-dates';
import type { DraftChanges, DraftContent, Invoice, InvoiceLineValues } from '../../shared/invoices';
import type { AppContext } from '../app-context';
import type { Database } from '../db/schema';
import { write } from '../db/write';
import { loadTemplate } from '../invoice-templates/templates.queries';
import { AppError, notFound } from '../ipc/app-error';
import { loadInvoiceDefaults, loadProfile } from '../profile/profile.queries';
import { billPendingLateFees } from '../reminders/late-fee-lines';
import { defaultTaxRateId } from '../tax-rates/tax-rates.queries';
import { logInvoiceEvent } from './audit-log';
import { saveDraft } from './draft-save';
import { getInvoice, invoiceLabel, loadInvoiceRecord, storedContent } from './invoice-records';

/** A draft holds at most this many recipients (the contract's limit). */
const maxRecipients = 20;

const templateOrDefault = async (db: Kysely<Database>, templateId: number | null | undefined) => {
  if (templateId != null) {
    const found = await db
      .selectFrom('invoice_templates')
      .select('id')
      .where('id', '=', templateId)
      .executeTakeFirst();
    if (!found) {
      throw new AppError('invalid_input', `Template ${templateId} does not exist`, {
        templateId: 'Choose an existing template',
      });
    }
  }
  return loadTemplate(db, templateId ?? null);
};

/** A blank draft dated today, with the workspace's terms and the template's notes, terms and footer. */
export const blankDraft = async (
  db: Kysely<Database>,
  today: string,
  given: Partial<DraftContent>,
): Promise<DraftContent> => {
  const [defaults, profile, template] = await Promise.all([
    loadInvoiceDefaults(db),
    loadProfile(db),
    templateOrDefault(db, given.templateId),
  ]);
  return {
    companyId: null,
    contactIds: [],
    dealId: null,
    accountId: null,
    issueDate: today,
    paymentTerms: defaults.paymentTerms,
    termsDays: defaults.termsDays,
    supplyDate: null,
    currency: profile.baseCurrency,
    priceMode: defaults.priceMode,
    rounding: defaults.rounding,
    discountPercent: null,
    discountMinor: null,
    notes: template.notes,
    terms: template.terms,
    footer: template.footer,
    lines: [],
    ...given,
    templateId: template.id,
  };
};

const createWith = (
  ctx: AppContext,
  build: (db: Kysely<Database>, today: string) => Promise<DraftContent>,
  origin: Record<string, unknown>,
) =>
  write(ctx, ['invoices'], async (trx) => {
    const now = ctx.clock().toISOString();
    const today = localIsoDate(ctx.clock());
    const { id } = await saveDraft(trx, null, await build(trx, today), now);
    await billPendingLateFees(trx, id, now);
    await logInvoiceEvent(trx, id, 'created', origin, now);
    return getInvoice(trx, id, today);
  });

export const createDraft = (ctx: AppContext, input: DraftChanges): Promise<Invoice> =>
  createWith(ctx, (db, today) => blankDraft(db, today, input), { from: 'blank' });

const needDefaultRate = async (db: Kysely<Database>) => {
  const id = await defaultTaxRateId(db);
  if (id === null)
    throw new AppError('conflict', 'There is no default tax rate; choose one in Settings → Tax rates');
  return id;
};

/** What a deal brings to a document: its customer, people and line items, in the deal's currency. */
export const dealParts = async (db: Kysely<Database>, dealId: number) => {
  const deal = await db
    .selectFrom('deals as d')
    .innerJoin('pipeline_stages as s', 's.id', 'd.stage_id')
    .select(['d.title', 'd.company_id', 'd.account_id', 'd.currency', 'd.value_minor', 's.outcome'])
    .where('d.id', '=', dealId)
    .executeTakeFirst();
  if (!deal) throw notFound('Deal', dealId);
  const [items, contacts] = await Promise.all([
    db.selectFrom('deal_line_items').selectAll().where('deal_id', '=', dealId).orderBy('position').execute(),
    db
      .selectFrom('deal_contacts')
      .select('contact_id')
      .where('deal_id', '=', dealId)
      .orderBy('contact_id')
      .execute(),
  ]);
  // The default rate is looked up (and its absence refused) only when a line has no rate of its own.
  let fallbackRate: number | undefined;
  const rateOr = async (id: number | null) => {
    if (id !== null) return id;
    fallbackRate ??= await needDefaultRate(db);
    return fallbackRate;
  };
  // A deal without line items is billed as one line for its value.
  const sources =
    items.length > 0
      ? items
      : [
          {
            catalog_item_id: null,
            description: deal.title,
            quantity: '1',
            unit: '',
            unit_price_minor: deal.value_minor,
            tax_rate_id: null,
          },
        ];
  const lines: InvoiceLineValues[] = [];
  for (const item of sources) {
    lines.push({
      catalogItemId: item.catalog_item_id,
      description: item.description,
      quantity: item.quantity,
      unit: item.unit,
      unitPriceMinor: item.unit_price_minor,
      discountPercent: null,
      discountMinor: null,
      taxRateId: await rateOr(item.tax_rate_id),
    });
  }
  return {
    title: deal.title,
    won: deal.outcome === 'won',
    content: {
      companyId: deal.company_id,
      accountId: deal.account_id,
      dealId,
      contactIds: contacts.slice(0, maxRecipients).map((row) => row.contact_id),
      currency: deal.currency,
      lines,
    },
  };
};

/** A won deal's company, account, people and line items, in the deal's currency. */
export const draftFromDeal = async (
  db: Kysely<Database>,
  today: string,
  dealId: number,
): Promise<DraftContent> => {
  const deal = await dealParts(db, dealId);
  if (!deal.won) {
    throw new AppError('conflict', `“${deal.title}” is not won; win the deal before invoicing it`);
  }
  return blankDraft(db, today, deal.content);
};

export const createFromDeal = (ctx: AppContext, dealId: number): Promise<Invoice> =>
  createWith(ctx, (db, today) => draftFromDeal(db, today, dealId), { from: 'deal', dealId });

/** What an account brings to a document: its company and that company's people. */
export const accountParts = async (db: Kysely<Database>, accountId: number) => {
  const account = await db
    .selectFrom('accounts')
    .select('company_id')
    .where('id', '=', accountId)
    .executeTakeFirst();
  if (!account) throw notFound('Account', accountId);
  const contacts = await db
    .selectFrom('contacts')
    .select('id')
    .where('company_id', '=', account.company_id)
    .where('archived_at', 'is', null)
    .orderBy('last_name')
    .orderBy('first_name')
    .orderBy('id')
    .limit(maxRecipients)
    .execute();
  return { companyId: account.company_id, accountId, contactIds: contacts.map((row) => row.id) };
};

export const draftFromAccount = async (
  db: Kysely<Database>,
  today: string,
  accountId: number,
): Promise<DraftContent> => blankDraft(db, today, await accountParts(db, accountId));

export const createFromAccount = (ctx: AppContext, accountId: number): Promise<Invoice> =>
  createWith(ctx, (db, today) => draftFromAccount(db, today, accountId), { from: 'account', accountId });

/** The refusal for changing anything an issued invoice says. */
const frozen = (row: { number: string | null; id: number; status: string }, action: string) =>
  new AppError(
    'conflict',
    row.status === 'void'
      ? `${invoiceLabel(row)} is void and can no longer be ${action}`
      : `${invoiceLabel(row)} is issued and can no longer be ${action}; correct it with a credit note`,
  );

export const updateDraft = (ctx: AppContext, id: number, changes: DraftChanges): Promise<Invoice> =>
  write(ctx, ['invoices'], async (trx) => {
    const now = ctx.clock().toISOString();
    const row = await loadInvoiceRecord(trx, id);
    if (row.status !== 'draft') throw frozen(row, 'changed');
    const content = { ...(await storedContent(trx, row)), ...changes };
    // A new customer brings its own account unless the change names one.
    if (changes.companyId !== undefined && changes.accountId === undefined) content.accountId = null;
    await saveDraft(trx, id, content, now);
    await logInvoiceEvent(trx, id, 'updated', { fields: Object.keys(changes) }, now);
    return getInvoice(trx, id, localIsoDate(ctx.clock()));
  });

export const deleteDraft = (ctx: AppContext, id: number): Promise<{ id: number }> =>
  write(ctx, ['invoices'], async (trx) => {
    const row = await loadInvoiceRecord(trx, id);
    if (row.status !== 'draft') throw frozen(row, 'deleted');
    await trx.deleteFrom('invoices').where('id', '=', id).execute();
    return { id };
  });
