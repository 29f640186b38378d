import { type Kysely, sql } from 'kysely';
import type {
  Activity,
  ActivityCreateInput,
  DealStageChange,
  TimelineInput,
  TimelineItem,
} from '../../shared/activities';
import type { Page } from '../../shared/fields';
import type { AppContext } from '../app-context';
import { pageOf } from '../db/page';
import type { Database } from '../db/schema';
import { write } from '../db/write';
import { AppError, notFound } from '../ipc/app-error';
import { rescoreLeadsAbout } from '../leads/rescore';

const activityQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('activities as a')
    .leftJoin('contacts as c', 'c.id', 'a.contact_id')
    .leftJoin('companies as co', 'co.id', 'a.company_id')
    .leftJoin('deals as d', 'd.id', 'a.deal_id')
    .select([
      'a.id',
      'a.kind',
      'a.subject',
      'a.body',
      'a.occurred_at',
      'a.due_date',
      'a.done_at',
      'a.direction',
      'a.contact_id',
      sql<string | null>`trim(c.first_name || ' ' || c.last_name)`.as('contact_name'),
      'a.company_id',
      'co.name as company_name',
      'a.lead_id',
      'a.deal_id',
      'd.title as deal_title',
      'a.account_id',
      'a.created_at',
      'a.archived_at',
    ]);

type ActivityRecord = Awaited<ReturnType<ReturnType<typeof activityQuery>['executeTakeFirstOrThrow']>>;

const toActivity = (row: ActivityRecord): Activity => ({
  id: row.id,
  kind: row.kind,
  subject: row.subject,
  body: row.body,
  occurredAt: row.occurred_at,
  dueDate: row.due_date,
  doneAt: row.done_at,
  direction: row.direction,
  contactId: row.contact_id,
  contactName: row.contact_name,
  companyId: row.company_id,
  companyName: row.company_name,
  leadId: row.lead_id,
  dealId: row.deal_id,
  dealTitle: row.deal_title,
  accountId: row.account_id,
  createdAt: row.created_at,
  archivedAt: row.archived_at,
});

export const getActivity = async (db: Kysely<Database>, id: number): Promise<Activity> => {
  const row = await activityQuery(db).where('a.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Activity', id);
  return toActivity(row);
};

type Links = Pick<
  Required<ActivityCreateInput>,
  'contactId' | 'companyId' | 'leadId' | 'dealId' | 'accountId'
>;

const missing = (field: keyof Links, what: string, id: number) =>
  new AppError('invalid_input', `${what} ${id} does not exist`, {
    [field]: `Choose an existing ${what.toLowerCase()}`,
  });

/**
 * Fills in who an activity is about from what it was logged on (a deal's company, a lead's contact), so
 * every activity shows on the person's and the company's timeline whatever stage it was logged in.
 */
const resolveLinks = async (db: Kysely<Database>, given: Partial<Links>): Promise<Links> => {
  const links: Links = {
    contactId: given.contactId ?? null,
    companyId: given.companyId ?? null,
    leadId: given.leadId ?? null,
    dealId: given.dealId ?? null,
    accountId: given.accountId ?? null,
  };
  if (links.dealId) {
    const deal = await db
      .selectFrom('deals')
      .select(['company_id', 'account_id'])
      .where('id', '=', links.dealId)
      .executeTakeFirst();
    if (!deal) throw missing('dealId', 'Deal', links.dealId);
    links.companyId ??= deal.company_id;
    links.accountId ??= deal.account_id;
  }
  if (links.leadId) {
    const lead = await db
      .selectFrom('leads')
      .select(['contact_id', 'company_id'])
      .where('id', '=', links.leadId)
      .executeTakeFirst();
    if (!lead) throw missing('leadId', 'Lead', links.leadId);
    links.contactId ??= lead.contact_id;
    links.companyId ??= lead.company_id;
  }
  if (links.accountId) {
    const account = await db
      .selectFrom('accounts')
      .select('company_id')
      .where('id', '=', links.accountId)
      .executeTakeFirst();
    if (!account) throw missing('accountId', 'Account', links.accountId);
    links.companyId ??= account.company_id;
  }
  if (links.contactId) {
    const contact = await db
      .selectFrom('contacts')
      .select('company_id')
      .where('id', '=', links.contactId)
      .executeTakeFirst();
    if (!contact) throw missing('contactId', 'Contact', links.contactId);
    links.companyId ??= contact.company_id;
  }
  if (links.companyId && !given.dealId && !given.leadId && !given.accountId && !given.contactId) {
    const company = await db
      .selectFrom('companies')
      .select('id')
      .where('id', '=', links.companyId)
      .executeTakeFirst();
    if (!company) throw missing('companyId', 'Company', links.companyId);
  }
  return links;
};

/** Engagement rules score leads on their activities, so any change to one rescores its lead and person. */
const rescored = async (db: Kysely<Database>, activity: Activity, ctx: AppContext) => {
  await rescoreLeadsAbout(
    db,
    { leadIds: activity.leadId ? [activity.leadId] : [], contactId: activity.contactId },
    ctx.clock(),
  );
  return activity;
};

export const createActivity = (ctx: AppContext, input: ActivityCreateInput): Promise<Activity> =>
  write(ctx, ['activities'], async (trx) => {
    const now = ctx.clock().toISOString();
    const links = await resolveLinks(trx, input);
    const { id } = await trx
      .insertInto('activities')
      .values({
        kind: input.kind,
        subject: input.subject ?? '',
        body: input.body ?? '',
        occurred_at: input.occurredAt ?? now,
        due_date: input.kind === 'task' ? (input.dueDate ?? null) : null,
        direction: input.direction ?? null,
        contact_id: links.contactId,
        company_id: links.companyId,
        lead_id: links.leadId,
        deal_id: links.dealId,
        account_id: links.accountId,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return rescored(trx, await getActivity(trx, id), ctx);
  });

export const updateActivity = (
  ctx: AppContext,
  id: number,
  changes: Partial<Pick<ActivityCreateInput, 'subject' | 'body' | 'occurredAt' | 'dueDate' | 'direction'>>,
): Promise<Activity> =>
  write(ctx, ['activities'], async (trx) => {
    await getActivity(trx, id);
    await trx
      .updateTable('activities')
      .set({
        ...(changes.subject !== undefined && { subject: changes.subject }),
        ...(changes.body !== undefined && { body: changes.body }),
        ...(changes.occurredAt !== undefined && { occurred_at: changes.occurredAt }),
        ...(changes.dueDate !== undefined && { due_date: changes.dueDate }),
        ...(changes.direction !== undefined && { direction: changes.direction }),
        updated_at: ctx.clock().toISOString(),
      })
      .where('id', '=', id)
      .execute();
    return rescored(trx, await getActivity(trx, id), ctx);
  });

export const completeTask = (ctx: AppContext, id: number, done: boolean): Promise<Activity> =>
  write(ctx, ['activities'], async (trx) => {
    const activity = await getActivity(trx, id);
    if (activity.kind !== 'task') throw new AppError('invalid_input', 'Only tasks can be marked done');
    const now = ctx.clock().toISOString();
    await trx
      .updateTable('activities')
      .set({ done_at: done ? (activity.doneAt ?? now) : null, updated_at: now })
      .where('id', '=', id)
      .execute();
    return getActivity(trx, id);
  });

export const setActivityArchived = (ctx: AppContext, id: number, archived: boolean): Promise<Activity> =>
  write(ctx, ['activities'], async (trx) => {
    await getActivity(trx, id);
    const now = ctx.clock().toISOString();
    await trx
      .updateTable('activities')
      .set({ archived_at: archived ? now : null, updated_at: now })
      .where('id', '=', id)
      .execute();
    return rescored(trx, await getActivity(trx, id), ctx);
  });

export const stageChangesQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('deal_stage_changes as h')
    .innerJoin('deals as d', 'd.id', 'h.deal_id')
    .leftJoin('pipeline_stages as f', 'f.id', 'h.from_stage_id')
    .innerJoin('pipeline_stages as t', 't.id', 'h.to_stage_id')
    .select([
      'h.id',
      'h.deal_id',
      'd.title as deal_title',
      'h.kind',
      'f.name as from_stage',
      't.name as to_stage',
      'h.reason',
      'h.changed_at',
    ]);

export const toStageChange = (
  row: Awaited<ReturnType<ReturnType<typeof stageChangesQuery>['executeTakeFirstOrThrow']>>,
): DealStageChange => ({
  id: row.id,
  dealId: row.deal_id,
  dealTitle: row.deal_title,
  kind: row.kind,
  fromStage: row.from_stage,
  toStage: row.to_stage,
  reason: row.reason,
  changedAt: row.changed_at,
});

/** Which activities and deals belong to a record's history, as SQL conditions over the two sources. */
const scopeOf = async (db: Kysely<Database>, { of, id }: Required<Pick<TimelineInput, 'of' | 'id'>>) => {
  if (of === 'account') {
    const account = await db
      .selectFrom('accounts')
      .select('company_id')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!account) throw notFound('Account', id);
    return scopeOf(db, { of: 'company', id: account.company_id });
  }
  const companyContacts = db.selectFrom('contacts').select('id').where('company_id', '=', id);
  const contactDeals = db.selectFrom('deal_contacts').select('deal_id').where('contact_id', '=', id);
  const leadDeal = db.selectFrom('leads').select('deal_id').where('id', '=', id);
  switch (of) {
    case 'contact':
      return {
        activities: activityQuery(db).where('a.contact_id', '=', id),
        deals: stageChangesQuery(db).where('h.deal_id', 'in', contactDeals),
      };
    case 'company':
      return {
        activities: activityQuery(db).where((eb) =>
          eb.or([eb('a.company_id', '=', id), eb('a.contact_id', 'in', companyContacts)]),
        ),
        deals: stageChangesQuery(db).where('d.company_id', '=', id),
      };
    case 'lead':
      return {
        activities: activityQuery(db).where('a.lead_id', '=', id),
        deals: stageChangesQuery(db).where('h.deal_id', 'in', leadDeal),
      };
    case 'deal':
      return {
        activities: activityQuery(db).where('a.deal_id', '=', id),
        deals: stageChangesQuery(db).where('h.deal_id', '=', id),
      };
  }
};

export const timeline = async (
  db: Kysely<Database>,
  input: Required<TimelineInput>,
): Promise<TimelineItem[]> => {
  const scope = await scopeOf(db, input);
  const [activities, changes] = await Promise.all([
    scope.activities
      .where('a.archived_at', 'is', null)
      .orderBy('a.occurred_at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(input.limit)
      .execute(),
    scope.deals.orderBy('h.changed_at', 'desc').orderBy('h.id', 'desc').limit(input.limit).execute(),
  ]);
  const items: TimelineItem[] = [
    ...activities.map((row) => ({
      type: 'activity' as const,
      at: row.occurred_at,
      activity: toActivity(row),
    })),
    ...changes.map((row) => ({ type: 'deal' as const, at: row.changed_at, change: toStageChange(row) })),
  ];
  return items.sort((a, b) => b.at.localeCompare(a.at)).slice(0, input.limit);
};

export const listTasks = async (
  db: Kysely<Database>,
  input: { status: 'open' | 'done' | 'all'; dueBefore?: string; offset: number; limit: number },
): Promise<Page<Activity>> => {
  let base = activityQuery(db).where('a.kind', '=', 'task').where('a.archived_at', 'is', null);
  if (input.status === 'open') base = base.where('a.done_at', 'is', null);
  if (input.status === 'done') base = base.where('a.done_at', 'is not', null);
  if (input.dueBefore) base = base.where('a.due_date', '<', input.dueBefore);
  const { rows, total } = await pageOf(base, [sql`a.due_date IS NULL`, sql`a.due_date`, sql`a.id`], input);
  return { rows: rows.map(toActivity), total };
};
