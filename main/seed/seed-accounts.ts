import type { Selectable } from 'kysely';
import type { Sqlite } from '../db/connection';
import type { AccountStatus, AccountsTable } from '../db/schema';
import { batchInsert } from './batch-insert';
import { dayMs, fillTemplate, isoAt, isoDay } from './fake-parts';
import { accountNotes } from './funnel-vocabulary';
import type { Random } from './random';
import type { PlannedDeal } from './seed-deals';
import { nextId } from './seed-people';

export interface PlannedAccount {
  id: number;
  companyId: number;
  /** The first win, when the app would have created it. */
  createdMs: number;
}

const accountColumns = [
  'id',
  'company_id',
  'status',
  'since',
  'renewal_date',
  'owner_notes',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof AccountsTable)[];

interface Wins {
  firstMs: number;
  lastMs: number;
}

/** Each won company's first and last win, in order of the first: winning is what makes an account. */
const winsByCompany = (deals: readonly PlannedDeal[]) => {
  const wins = new Map<number, Wins>();
  for (const deal of deals) {
    if (deal.outcome !== 'won' || deal.companyId === null || deal.closedMs === null) continue;
    const known = wins.get(deal.companyId);
    wins.set(deal.companyId, {
      firstMs: Math.min(known?.firstMs ?? deal.closedMs, deal.closedMs),
      lastMs: Math.max(known?.lastMs ?? deal.closedMs, deal.closedMs),
    });
  }
  return [...wins].sort(([idA, a], [idB, b]) => a.firstMs - b.firstMs || idA - idB);
};

/** A client won again recently is active; one not won in the better part of a year may have churned. */
const statusOf = (random: Random, { lastMs }: Wins, nowMs: number): AccountStatus => {
  if (nowMs - lastMs > 300 * dayMs && random.chance(0.3)) return 'churned';
  return random.chance(0.12) ? 'at_risk' : 'active';
};

/** The next anniversary of the first win, from a month ago on: contracts renew yearly. */
const renewalOf = (sinceMs: number, nowMs: number) => {
  const renewal = new Date(sinceMs);
  do renewal.setUTCFullYear(renewal.getUTCFullYear() + 1);
  while (renewal.getTime() < nowMs - 30 * dayMs);
  return isoDay(renewal.getTime());
};

/**
 * One account per company with a won deal, since its first win, as winning in the app creates it; its
 * won deals point at it. Inserted before the deals, which reference it.
 */
export const insertAccounts = (
  sqlite: Sqlite,
  random: Random,
  { deals, nowMs }: { deals: readonly PlannedDeal[]; nowMs: number },
): PlannedAccount[] => {
  const firstId = nextId(sqlite, 'accounts');
  const insert = batchInsert<Selectable<AccountsTable>>(sqlite, 'accounts', accountColumns);
  const accounts = winsByCompany(deals).map(([companyId, wins], index): PlannedAccount => {
    const id = firstId + index;
    const status = statusOf(random, wins, nowMs);
    const changedMs =
      status === 'active' ? wins.firstMs : wins.lastMs + Math.floor(random.next() * (nowMs - wins.lastMs));
    insert.add({
      id,
      company_id: companyId,
      status,
      since: isoDay(wins.firstMs),
      renewal_date: random.chance(0.55) ? renewalOf(wins.firstMs, nowMs) : null,
      owner_notes: random.chance(0.3)
        ? fillTemplate(random, accountNotes, { city: '', name: 'the CFO' })
        : '',
      created_at: isoAt(wins.firstMs),
      updated_at: isoAt(changedMs),
    });
    return { id, companyId, createdMs: wins.firstMs };
  });
  insert.flush();
  const accountOf = new Map(accounts.map((account) => [account.companyId, account.id]));
  for (const deal of deals) {
    if (deal.outcome === 'won' && deal.companyId !== null)
      deal.accountId = accountOf.get(deal.companyId) ?? null;
  }
  return accounts;
};
