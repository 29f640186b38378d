import { type LeadStatus, leadSources } from '../../shared/leads';
import { type FakeCompany, fakeCompany } from './fake-company';
import { fakeContact } from './fake-contact';
import { dayMs, fillTemplate, seedHistoryMs } from './fake-parts';
import { disqualifyReasons, leadNotes } from './funnel-vocabulary';
import type { Locale } from './locale';
import { type Random, weightedPicker } from './random';
import type { StoredContact } from './seed-people';

/** Who a lead is: typed in as free text, or linked to a person or company already on file. */
export interface LeadPerson {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  title: string;
  companyName: string;
  contactId: number | null;
  companyId: number | null;
}

const sourceWeights: Record<(typeof leadSources)[number], number> = {
  website: 28,
  referral: 22,
  linkedin: 20,
  event: 10,
  'cold outreach': 8,
  partner: 7,
  other: 5,
};
export const pickLeadSource = weightedPicker(leadSources, (source) => sourceWeights[source]);

export interface LeadProgress {
  status: Exclude<LeadStatus, 'qualified'>;
  disqualifyReason: string;
  updatedMs: number;
}

/** Fresh leads are mostly still new; older ones have been contacted or ruled out within a few months. */
export const leadProgress = (random: Random, createdMs: number, nowMs: number): LeadProgress => {
  const age = (nowMs - createdMs) / seedHistoryMs;
  if (random.chance(0.6 * (1 - age) + 0.05))
    return { status: 'new', disqualifyReason: '', updatedMs: createdMs };
  const updatedMs = createdMs + Math.floor(random.next() * Math.min(nowMs - createdMs, 90 * dayMs));
  return random.chance(0.55)
    ? { status: 'contacted', disqualifyReason: '', updatedMs }
    : { status: 'disqualified', disqualifyReason: random.pick(disqualifyReasons), updatedMs };
};

export const personFromContact = (contact: StoredContact, company: FakeCompany | null): LeadPerson => ({
  firstName: contact.firstName,
  lastName: contact.lastName,
  email: contact.email,
  phone: contact.phone,
  title: contact.title,
  companyName: company?.name ?? '',
  contactId: contact.id,
  companyId: contact.companyId,
});

/**
 * A lead typed in from a form or a business card: a made-up person, usually with a company, that is not
 * on file. Some leads are only an address or only a company, as web forms deliver them.
 */
export const freeTextPerson = (
  random: Random,
  pickLocale: (random: Random) => Locale,
  takenDomains: Set<string>,
  known: { id: number; fake: FakeCompany } | null,
): LeadPerson => {
  const company =
    known?.fake ?? (random.chance(0.6) ? fakeCompany(random, pickLocale(random), takenDomains) : null);
  const person = fakeContact(random, pickLocale, company);
  const shape = random.next();
  const named = shape >= 0.06 || (!person.emails[0] && !company);
  return {
    firstName: named ? person.firstName : '',
    lastName: named ? person.lastName : '',
    email: shape < 0.03 && company ? '' : (person.emails[0] ?? ''),
    phone: person.phones[0] ?? '',
    title: named ? person.title : '',
    companyName: company?.name ?? '',
    contactId: null,
    companyId: known?.id ?? null,
  };
};

export const leadNote = (random: Random, referrer: string) =>
  random.chance(0.25) ? fillTemplate(random, leadNotes, { city: '', name: referrer }) : '';
