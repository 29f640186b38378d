import type { Insertable } from 'kysely';
import type { Sqlite } from '../db/connection';
import type { ActivitiesTable } from '../db/schema';
import { batchInsert } from './batch-insert';
import { fakeActivity } from './fake-activity';
import { isoAt, seedHistoryMs } from './fake-parts';
import { type Random, weightedPicker } from './random';
import type { PlannedAccount } from './seed-accounts';
import type { PlannedDeal } from './seed-deals';
import type { PlannedLead } from './seed-leads';
import { createdBy, type SeededPeople, type StoredContact } from './seed-people';

/** What an activity is about, with the links the app fills in from it. */
interface Subject {
  contactId: number | null;
  companyId: number | null;
  leadId: number | null;
  deal: PlannedDeal | null;
  accountId: number | null;
}

const activityColumns = [
  'kind',
  'subject',
  'body',
  'occurred_at',
  'due_date',
  'done_at',
  'direction',
  'contact_id',
  'company_id',
  'lead_id',
  'deal_id',
  'account_id',
  'created_at',
  'updated_at',
  'archived_at',
] as const satisfies readonly (keyof ActivitiesTable)[];

type Target = 'contact' | 'deal' | 'lead' | 'company' | 'account';
const targets: { target: Target; weight: number }[] = [
  { target: 'contact', weight: 58 },
  { target: 'deal', weight: 22 },
  { target: 'lead', weight: 12 },
  { target: 'company', weight: 5 },
  { target: 'account', weight: 3 },
];
const pickTarget = weightedPicker(targets, (target) => target.weight);

interface Pools {
  people: SeededPeople;
  /** The people most of the conversation is with: clients and warm prospects. */
  busy: readonly StoredContact[];
  deals: readonly PlannedDeal[];
  workedLeads: readonly PlannedLead[];
  accounts: readonly PlannedAccount[];
}

const none: Subject = { contactId: null, companyId: null, leadId: null, deal: null, accountId: null };

/** Any of `records` (in creation order) that already existed at `atMs`. */
const existingAt = <T extends { createdMs: number }>(random: Random, records: readonly T[], atMs: number) => {
  const known = createdBy(records, atMs);
  return known > 0 ? records[random.int(0, known - 1)] : undefined;
};

/** A few draws for a record still being worked at `atMs`; old deals and leads have mostly closed. */
const liveAt = <T extends { createdMs: number }>(
  random: Random,
  records: readonly T[],
  atMs: number,
  live: (record: T) => boolean,
) => {
  for (let tries = 0; tries < 4; tries++) {
    const record = existingAt(random, records, atMs);
    if (record && live(record)) return record;
  }
  return undefined;
};

const aboutContact = (random: Random, { people, busy }: Pools, atMs: number): Subject | null => {
  const contact =
    (random.chance(0.75) ? existingAt(random, busy, atMs) : undefined) ??
    existingAt(random, people.contacts, atMs);
  return contact ? { ...none, contactId: contact.id, companyId: contact.companyId } : null;
};

/**
 * Logged on a deal while it ran, or on a won one afterwards, when it also lands on the account. The
 * deal's company is filled in, and often one of its people.
 */
const aboutDeal = (random: Random, { deals }: Pools, atMs: number): Subject | null => {
  const deal = liveAt(random, deals, atMs, (d) => d.outcome !== 'lost' || (d.closedMs ?? atMs) >= atMs);
  if (!deal) return null;
  const contactId = deal.contactIds.length > 0 && random.chance(0.6) ? random.pick(deal.contactIds) : null;
  const won = deal.outcome === 'won' && deal.closedMs !== null && deal.closedMs <= atMs;
  return { ...none, contactId, companyId: deal.companyId, deal, accountId: won ? deal.accountId : null };
};

const aboutLead = (random: Random, { workedLeads }: Pools, atMs: number): Subject | null => {
  const lead = liveAt(random, workedLeads, atMs, (l) => l.activeUntilMs >= atMs);
  return lead ? { ...none, contactId: lead.contactId, companyId: lead.companyId, leadId: lead.id } : null;
};

const aboutCompany = (random: Random, { people }: Pools, atMs: number): Subject | null => {
  const company = existingAt(random, people.companies, atMs);
  return company ? { ...none, companyId: company.id } : null;
};

const aboutAccount = (random: Random, { accounts }: Pools, atMs: number): Subject | null => {
  const account = existingAt(random, accounts, atMs);
  return account ? { ...none, companyId: account.companyId, accountId: account.id } : null;
};

const about: Record<Target, (random: Random, pools: Pools, atMs: number) => Subject | null> = {
  contact: aboutContact,
  deal: aboutDeal,
  lead: aboutLead,
  company: aboutCompany,
  account: aboutAccount,
};

/** When, over the two years: twice and a half as busy now as at the start, as a practice grows. */
const occurredAtMs = (random: Random, nowMs: number) => {
  const share = (-1 + Math.sqrt(1 + 5.25 * random.next())) / 1.5;
  return Math.floor(nowMs - seedHistoryMs + share * seedHistoryMs);
};

/**
 * Inserts `count` activities on the seeded people, deals, leads and accounts: first when, then about
 * which record that existed and was being worked at the time. With no people seeded there is nobody
 * to log anything on, and none are inserted.
 */
export const insertActivities = (
  sqlite: Sqlite,
  random: Random,
  count: number,
  { nowMs, ...pools }: Omit<Pools, 'busy' | 'workedLeads'> & { nowMs: number; leads: readonly PlannedLead[] },
): number => {
  if (pools.people.contacts.length === 0 && pools.people.companies.length === 0) return 0;
  const all: Pools = {
    ...pools,
    busy: pools.people.contacts.filter(() => random.chance(0.2)),
    workedLeads: pools.leads.filter((lead) => lead.status !== 'new'),
  };
  const insert = batchInsert<Insertable<ActivitiesTable>>(sqlite, 'activities', activityColumns);
  for (let i = 0; i < count; i++) {
    let atMs = occurredAtMs(random, nowMs);
    let subject = about[pickTarget(random).target](random, all, atMs);
    // Before the first person was added there was nobody to talk to: draw another moment.
    while (!subject) {
      subject = aboutContact(random, all, atMs) ?? aboutCompany(random, all, atMs);
      if (!subject) atMs = occurredAtMs(random, nowMs);
    }
    const activity = fakeActivity(random, atMs, nowMs);
    const archivedMs = random.chance(0.01) ? atMs + Math.floor(random.next() * (nowMs - atMs)) : null;
    insert.add({
      kind: activity.kind,
      subject: activity.subject,
      body: activity.body,
      occurred_at: isoAt(atMs),
      due_date: activity.dueDate,
      done_at: activity.doneMs === null ? null : isoAt(activity.doneMs),
      direction: activity.direction,
      contact_id: subject.contactId,
      company_id: subject.companyId,
      lead_id: subject.leadId,
      deal_id: subject.deal?.id ?? null,
      account_id: subject.accountId,
      created_at: isoAt(atMs),
      updated_at: isoAt(archivedMs ?? Math.max(atMs, activity.doneMs ?? atMs)),
      archived_at: archivedMs === null ? null : isoAt(archivedMs),
    });
  }
  insert.flush();
  return count;
};
