import { type Kysely, sql } from 'kysely';
import type { Page } from '../../shared/fields';
import type { Lead, LeadCreateInput, LeadListQuery, LeadRow, ScoreLine } from '../../shared/leads';
import type { AppContext } from '../app-context';
import { contains } from '../db/like';
import { pageOf } from '../db/page';
import type { Database, LeadStatus } from '../db/schema';
import { write } from '../db/write';
import { AppError, notFound } from '../ipc/app-error';
import { rescoreLeadsAbout } from './rescore';

const leadQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('leads as l')
    .select([
      'l.id',
      'l.first_name',
      'l.last_name',
      'l.email',
      'l.phone',
      'l.title',
      'l.company_name',
      'l.contact_id',
      'l.company_id',
      'l.source',
      'l.status',
      'l.disqualify_reason',
      'l.score',
      'l.score_breakdown',
      'l.deal_id',
      'l.notes',
      'l.created_at',
      'l.updated_at',
      'l.archived_at',
    ]);

type LeadRecord = Awaited<ReturnType<ReturnType<typeof leadQuery>['executeTakeFirstOrThrow']>>;

const toLeadRow = (row: LeadRecord): LeadRow => ({
  id: row.id,
  firstName: row.first_name,
  lastName: row.last_name,
  email: row.email,
  title: row.title,
  companyName: row.company_name,
  contactId: row.contact_id,
  companyId: row.company_id,
  source: row.source,
  status: row.status,
  score: row.score,
  dealId: row.deal_id,
  updatedAt: row.updated_at,
  archivedAt: row.archived_at,
});

export const getLead = async (db: Kysely<Database>, id: number): Promise<Lead> => {
  const row = await leadQuery(db).where('l.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Lead', id);
  return {
    ...toLeadRow(row),
    phone: row.phone,
    disqualifyReason: row.disqualify_reason,
    notes: row.notes,
    scoreBreakdown: JSON.parse(row.score_breakdown) as ScoreLine[],
    createdAt: row.created_at,
  };
};

const statusFilter: Record<Exclude<LeadListQuery['status'], 'all'>, LeadStatus[]> = {
  open: ['new', 'contacted'],
  new: ['new'],
  contacted: ['contacted'],
  qualified: ['qualified'],
  disqualified: ['disqualified'],
};

const sortOrder = {
  score: sql`l.score DESC, l.id DESC`,
  recent: sql`l.id DESC`,
  name: sql`l.last_name COLLATE NOCASE, l.first_name COLLATE NOCASE, l.id`,
};

export const listLeads = async (db: Kysely<Database>, input: LeadListQuery): Promise<Page<LeadRow>> => {
  let base = leadQuery(db);
  if (!input.includeArchived) base = base.where('l.archived_at', 'is', null);
  if (input.status !== 'all') base = base.where('l.status', 'in', statusFilter[input.status]);
  for (const word of input.query.split(/\s+/).filter(Boolean)) {
    base = base.where((eb) =>
      eb.or(
        ['l.first_name', 'l.last_name', 'l.email', 'l.company_name'].map((column) => contains(column, word)),
      ),
    );
  }
  const page = await pageOf(base, [sortOrder[input.sort]], input);
  return { rows: page.rows.map(toLeadRow), total: page.total };
};

type LeadContent = Omit<LeadCreateInput, never>;

const toColumns = (input: Partial<LeadContent>) => ({
  ...(input.firstName !== undefined && { first_name: input.firstName }),
  ...(input.lastName !== undefined && { last_name: input.lastName }),
  ...(input.email !== undefined && { email: input.email }),
  ...(input.phone !== undefined && { phone: input.phone }),
  ...(input.title !== undefined && { title: input.title }),
  ...(input.companyName !== undefined && { company_name: input.companyName }),
  ...(input.contactId !== undefined && { contact_id: input.contactId }),
  ...(input.companyId !== undefined && { company_id: input.companyId }),
  ...(input.source !== undefined && { source: input.source }),
  ...(input.notes !== undefined && { notes: input.notes }),
});

const assertLinksExist = async (db: Kysely<Database>, input: Partial<LeadContent>) => {
  if (input.contactId) {
    const found = await db
      .selectFrom('contacts')
      .select('id')
      .where('id', '=', input.contactId)
      .executeTakeFirst();
    if (!found)
      throw new AppError('invalid_input', `Contact ${input.contactId} does not exist`, {
        contactId: 'Choose an existing contact',
      });
  }
  if (input.companyId) {
    const found = await db
      .selectFrom('companies')
      .select('id')
      .where('id', '=', input.companyId)
      .executeTakeFirst();
    if (!found)
      throw new AppError('invalid_input', `Company ${input.companyId} does not exist`, {
        companyId: 'Choose an existing company',
      });
  }
};

export const createLead = (ctx: AppContext, input: LeadContent): Promise<Lead> =>
  write(ctx, ['leads'], async (trx) => {
    await assertLinksExist(trx, input);
    const now = ctx.clock().toISOString();
    const { id } = await trx
      .insertInto('leads')
      .values({ ...toColumns(input), created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await rescoreLeadsAbout(trx, { leadIds: [id] }, ctx.clock());
    return getLead(trx, id);
  });

export const updateLead = (
  ctx: AppContext,
  id: number,
  changes: Partial<LeadContent> & { status?: 'new' | 'contacted' },
): Promise<Lead> =>
  write(ctx, ['leads'], async (trx) => {
    const lead = await getLead(trx, id);
    if (changes.status && lead.status === 'qualified') {
      throw new AppError('conflict', 'This lead is already qualified into a deal');
    }
    await assertLinksExist(trx, changes);
    await trx
      .updateTable('leads')
      .set({
        ...toColumns(changes),
        // Setting a status again reopens a disqualified lead, so its reason no longer applies.
        ...(changes.status && { status: changes.status, disqualify_reason: '' }),
        updated_at: ctx.clock().toISOString(),
      })
      .where('id', '=', id)
      .execute();
    await rescoreLeadsAbout(trx, { leadIds: [id] }, ctx.clock());
    return getLead(trx, id);
  });

export const disqualifyLead = (ctx: AppContext, id: number, reason: string): Promise<Lead> =>
  write(ctx, ['leads'], async (trx) => {
    const lead = await getLead(trx, id);
    if (lead.status === 'qualified')
      throw new AppError('conflict', 'This lead is already qualified into a deal');
    await trx
      .updateTable('leads')
      .set({ status: 'disqualified', disqualify_reason: reason, updated_at: ctx.clock().toISOString() })
      .where('id', '=', id)
      .execute();
    return getLead(trx, id);
  });

export const setLeadArchived = (ctx: AppContext, id: number, archived: boolean): Promise<Lead> =>
  write(ctx, ['leads'], async (trx) => {
    await getLead(trx, id);
    const now = ctx.clock().toISOString();
    await trx
      .updateTable('leads')
      .set({ archived_at: archived ? now : null, updated_at: now })
      .where('id', '=', id)
      .execute();
    return getLead(trx, id);
  });
