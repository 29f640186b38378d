import { type Kysely, sql } from 'kysely';
import type { Account, AccountRow } from '../../shared/accounts';
import type { Page } from '../../shared/fields';
import { localIsoDate } from '../../shared/invoice-dates';
import type { AppContext } from '../app-context';
import { contactRowColumns } from '../contacts/contacts.queries';
import { toContactRow } from '../contacts/contacts.service';
import { contains } from '../db/like';
import { pageOf } from '../db/page';
import type { AccountStatus, Database } from '../db/schema';
import { write } from '../db/write';
import { dealRowQuery, toDealRow } from '../deals/deal-rows';
import { accountReceivables } from '../invoices/receivables';
import { notFound } from '../ipc/app-error';

const accountQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('accounts as a')
    .innerJoin('companies as co', 'co.id', 'a.company_id')
    .select([
      'a.id',
      'a.company_id',
      'co.name as company_name',
      'a.status',
      'a.since',
      'a.renewal_date',
      'a.owner_notes',
      'a.created_at',
      'a.updated_at',
    ]);

type AccountRecord = Awaited<ReturnType<ReturnType<typeof accountQuery>['executeTakeFirstOrThrow']>>;

/** Won deals and their value per currency, for a page of accounts in one grouped query. */
const withWonDeals = async (db: Kysely<Database>, rows: AccountRecord[]): Promise<AccountRow[]> => {
  const ids = rows.map((row) => row.id);
  const won =
    ids.length === 0
      ? []
      : await db
          .selectFrom('deals as d')
          .innerJoin('pipeline_stages as s', 's.id', 'd.stage_id')
          .select((eb) => [
            'd.account_id',
            'd.currency',
            eb.fn.countAll<number>().as('n'),
            eb.fn.sum<number>('d.value_minor').as('total'),
          ])
          .where('d.account_id', 'in', ids)
          .where('s.outcome', '=', 'won')
          .where('d.archived_at', 'is', null)
          .groupBy(['d.account_id', 'd.currency'])
          .execute();
  return rows.map((row) => {
    const mine = won.filter((w) => w.account_id === row.id);
    return {
      id: row.id,
      companyId: row.company_id,
      companyName: row.company_name,
      status: row.status,
      since: row.since,
      renewalDate: row.renewal_date,
      wonDeals: mine.reduce((n, w) => n + w.n, 0),
      wonValue: mine.map((w) => ({ minor: Number(w.total), currency: w.currency })),
    };
  });
};

export const listAccounts = async (
  db: Kysely<Database>,
  input: { status: AccountStatus | 'all'; query: string; offset: number; limit: number },
): Promise<Page<AccountRow>> => {
  let base = accountQuery(db);
  if (input.status !== 'all') base = base.where('a.status', '=', input.status);
  if (input.query !== '') base = base.where(contains('co.name', input.query));
  const page = await pageOf(base, [sql`co.name COLLATE NOCASE`, sql`a.id`], input);
  return { rows: await withWonDeals(db, page.rows), total: page.total };
};

export const getAccount = async (db: Kysely<Database>, id: number, today: string): Promise<Account> => {
  const row = await accountQuery(db).where('a.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Account', id);
  const [summary] = await withWonDeals(db, [row]);
  const [deals, contacts, receivables] = await Promise.all([
    dealRowQuery(db)
      .where((eb) => eb.or([eb('d.account_id', '=', id), eb('d.company_id', '=', row.company_id)]))
      .where('d.archived_at', 'is', null)
      .orderBy('d.updated_at', 'desc')
      .execute(),
    db
      .selectFrom('contacts as c')
      .leftJoin('companies as co', 'co.id', 'c.company_id')
      .select(contactRowColumns)
      .where('c.company_id', '=', row.company_id)
      .where('c.archived_at', 'is', null)
      .orderBy('c.last_name')
      .execute(),
    accountReceivables(db, id, today),
  ]);
  return {
    ...(summary as AccountRow),
    ownerNotes: row.owner_notes,
    receivables,
    deals: deals.map(toDealRow),
    contacts: contacts.map(toContactRow),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
};

export const accountForCompany = async (
  db: Kysely<Database>,
  companyId: number,
): Promise<AccountRow | null> => {
  const row = await accountQuery(db).where('a.company_id', '=', companyId).executeTakeFirst();
  return row ? ((await withWonDeals(db, [row]))[0] ?? null) : null;
};

export const updateAccount = (
  ctx: AppContext,
  id: number,
  changes: { status?: AccountStatus; renewalDate?: string | null; ownerNotes?: string },
): Promise<Account> =>
  write(ctx, ['accounts'], async (trx) => {
    const today = localIsoDate(ctx.clock());
    await getAccount(trx, id, today);
    await trx
      .updateTable('accounts')
      .set({
        ...(changes.status !== undefined && { status: changes.status }),
        ...(changes.renewalDate !== undefined && { renewal_date: changes.renewalDate }),
        ...(changes.ownerNotes !== undefined && { owner_notes: changes.ownerNotes }),
        updated_at: ctx.clock().toISOString(),
      })
      .where('id', '=', id)
      .execute();
    return getAccount(trx, id, today);
  });
