import type { Selectable } from 'kysely';
import type { Sqlite } from '../db/connection';
import type { LeadStatus, LeadsTable } from '../db/schema';
import { batchInsert } from './batch-insert';
import {
  freeTextPerson,
  type LeadPerson,
  leadNote,
  leadProgress,
  personFromContact,
  pickLeadSource,
} from './fake-lead';
import { createdAtMs, dayMs, isoAt, seedHistoryMs } from './fake-parts';
import type { Locale } from './locale';
import type { Random } from './random';
import type { PlannedDeal } from './seed-deals';
import { createdBy, nextId, type SeededPeople } from './seed-people';

/** What the activity step needs of a lead: who it is about and while it was being worked. */
export interface PlannedLead {
  id: number;
  status: LeadStatus;
  contactId: number | null;
  companyId: number | null;
  createdMs: number;
  /** When work on it stopped: qualified, ruled out, or still going now. */
  activeUntilMs: number;
}

interface LeadDraft {
  person: LeadPerson;
  status: LeadStatus;
  disqualifyReason: string;
  source: string;
  notes: string;
  createdMs: number;
  updatedMs: number;
  archivedMs: number | null;
  deal: PlannedDeal | null;
}

type LeadRow = Omit<Selectable<LeadsTable>, 'score' | 'score_breakdown'>;

const leadColumns = [
  'id',
  'first_name',
  'last_name',
  'email',
  'phone',
  'title',
  'company_name',
  'contact_id',
  'company_id',
  'source',
  'status',
  'disqualify_reason',
  'deal_id',
  'notes',
  'created_at',
  'updated_at',
  'archived_at',
] as const satisfies readonly (keyof LeadRow)[];

interface LeadStepOptions {
  count: number;
  nowMs: number;
  people: SeededPeople;
  deals: readonly PlannedDeal[];
  pickLocale: (random: Random) => Locale;
}

const referrerOf = (random: Random, people: SeededPeople) => {
  if (people.contacts.length === 0) return 'a client';
  const someone = random.pick(people.contacts);
  return `${someone.firstName} ${someone.lastName}`.trim();
};

/** A lead worked for a few weeks and qualified into the deal it came from, linked as qualifying links it. */
const qualifiedDraft = (
  random: Random,
  deal: PlannedDeal,
  { people, nowMs }: LeadStepOptions,
): LeadDraft | null => {
  const contact = people.contactById.get(deal.contactIds[0] ?? 0);
  if (!contact) return null;
  const company = deal.companyId === null ? null : (people.companyById.get(deal.companyId) ?? null);
  return {
    person: { ...personFromContact(contact, company?.fake ?? null), companyId: deal.companyId },
    status: 'qualified',
    disqualifyReason: '',
    source: pickLeadSource(random),
    notes: leadNote(random, referrerOf(random, people)),
    createdMs: Math.max(
      nowMs - seedHistoryMs,
      deal.createdMs - random.int(1, 45) * dayMs - random.int(0, dayMs - 1),
    ),
    updatedMs: deal.createdMs,
    archivedMs: null,
    deal,
  };
};

/** A lead still in play or ruled out: mostly free text, some about a person or company already on file. */
const openDraft = (
  random: Random,
  createdMs: number,
  { nowMs, people, pickLocale }: LeadStepOptions,
  takenDomains: Set<string>,
): LeadDraft => {
  const roll = random.next();
  const knownContacts = createdBy(people.contacts, createdMs);
  const knownCompanies = createdBy(people.companies, createdMs);
  let person: LeadPerson;
  if (roll < 0.2 && knownContacts > 0) {
    const contact = people.contacts[random.int(0, knownContacts - 1)];
    const company = contact?.companyId ? people.companyById.get(contact.companyId) : undefined;
    person = contact
      ? personFromContact(contact, company?.fake ?? null)
      : freeTextPerson(random, pickLocale, takenDomains, null);
  } else if (roll < 0.3 && knownCompanies > 0) {
    const company = people.companies[random.int(0, knownCompanies - 1)] ?? null;
    person = freeTextPerson(random, pickLocale, takenDomains, company);
  } else {
    person = freeTextPerson(random, pickLocale, takenDomains, null);
  }
  const progress = leadProgress(random, createdMs, nowMs);
  const archivedMs = random.chance(0.03)
    ? progress.updatedMs + Math.floor(random.next() * (nowMs - progress.updatedMs))
    : null;
  return {
    person,
    ...progress,
    source: pickLeadSource(random),
    notes: leadNote(random, referrerOf(random, people)),
    createdMs,
    updatedMs: archivedMs ?? progress.updatedMs,
    archivedMs,
    deal: null,
  };
};

const toRow = (id: number, draft: LeadDraft): LeadRow => ({
  id,
  first_name: draft.person.firstName,
  last_name: draft.person.lastName,
  email: draft.person.email,
  phone: draft.person.phone,
  title: draft.person.title,
  company_name: draft.person.companyName,
  contact_id: draft.person.contactId,
  company_id: draft.person.companyId,
  source: draft.source,
  status: draft.status,
  disqualify_reason: draft.disqualifyReason,
  deal_id: draft.deal?.id ?? null,
  notes: draft.notes,
  created_at: isoAt(draft.createdMs),
  updated_at: isoAt(draft.updatedMs),
  archived_at: draft.archivedMs === null ? null : isoAt(draft.archivedMs),
});

/**
 * Inserts `count` leads: one qualified lead for each deal marked as coming from one, the rest spread
 * over the two years. Ids follow creation time; each qualified lead's deal learns its lead id.
 */
export const insertLeads = (sqlite: Sqlite, random: Random, options: LeadStepOptions): PlannedLead[] => {
  const { count, nowMs, deals } = options;
  const drafts: LeadDraft[] = [];
  for (const deal of deals) {
    if (!deal.fromLead || drafts.length === count) continue;
    const draft = qualifiedDraft(random, deal, options);
    if (draft) drafts.push(draft);
  }
  const others = count - drafts.length;
  const takenDomains = new Set<string>();
  for (let i = 0; i < others; i++) {
    drafts.push(openDraft(random, createdAtMs(random, nowMs, i, others), options, takenDomains));
  }
  drafts.sort((a, b) => a.createdMs - b.createdMs);

  const firstId = nextId(sqlite, 'leads');
  const insert = batchInsert<LeadRow>(sqlite, 'leads', leadColumns);
  const planned = drafts.map((draft, index): PlannedLead => {
    const id = firstId + index;
    if (draft.deal) draft.deal.leadId = id;
    insert.add(toRow(id, draft));
    return {
      id,
      status: draft.status,
      contactId: draft.person.contactId,
      companyId: draft.person.companyId,
      createdMs: draft.createdMs,
      activeUntilMs: draft.status === 'contacted' || draft.status === 'new' ? nowMs : draft.updatedMs,
    };
  });
  insert.flush();
  return planned;
};
