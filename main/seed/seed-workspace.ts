import type { Workspace } from '../db/workspace';
import { recomputeLeadScores } from '../scoring/scoring.service';
import { locales } from './locales';
import { weightedPicker } from './random';
import { insertCatalog } from './seed-catalog';
import { insertFunnel } from './seed-funnel';
import { indexPeople, insertCompanies, insertContacts } from './seed-people';

export interface SeedOptions {
  contacts: number;
  /** About one company per eight contacts when left out. */
  companies?: number;
  /** About one lead per four contacts when left out. */
  leads?: number;
  /** About three deals per ten contacts when left out (30k for 100k contacts). */
  deals?: number;
  /** About three activities per contact when left out. */
  activities?: number;
  /** About one invoice per five deals when left out, on won deals' accounts only. */
  invoices?: number;
  seed?: number;
  /** The end of the two years of history the records are spread over. */
  now: Date;
}

export interface SeedResult {
  contacts: number;
  companies: number;
  leads: number;
  deals: number;
  accounts: number;
  activities: number;
  catalogItems: number;
  invoices: number;
}

const assertCount = (name: string, value: number) => {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${name} must be a whole number >= 0`);
};

/**
 * Fills a workspace with a made-up consultant's business - companies, contacts, leads, deals, accounts
 * and activities - the same for the same seed and `now`. Rows go in through the plain tables in one
 * transaction, so the search triggers index them exactly as they index records created in the app; the
 * lead scores are then computed by the app's own scoring. Appends to whatever the workspace holds.
 */
export const seedWorkspace = async (
  { sqlite, db }: Pick<Workspace, 'sqlite' | 'db'>,
  options: SeedOptions,
): Promise<SeedResult> => {
  const { contacts, seed = 1, now } = options;
  const counts = {
    companies: options.companies ?? Math.round(contacts / 8),
    leads: options.leads ?? Math.round(contacts / 4),
    deals: options.deals ?? Math.round(contacts * 0.3),
    activities: options.activities ?? contacts * 3,
    invoices: options.invoices ?? Math.round(contacts * 0.06),
  };
  assertCount('contacts', contacts);
  for (const [name, value] of Object.entries(counts)) assertCount(name, value);
  const nowMs = now.getTime();
  const pickLocale = weightedPicker(locales, (locale) => locale.weight);

  // One step per record kind, each drawing from its own random stream, so adding a kind later does not
  // change the records of the kinds before it.
  const funnel = sqlite.transaction(() => {
    const storedCompanies = insertCompanies(sqlite, { count: counts.companies, seed, nowMs, pickLocale });
    const storedContacts = insertContacts(sqlite, {
      count: contacts,
      seed,
      nowMs,
      pickLocale,
      companies: storedCompanies,
    });
    const catalogItems = insertCatalog(sqlite, nowMs);
    const result = insertFunnel(sqlite, {
      ...counts,
      seed,
      nowMs,
      pickLocale,
      people: indexPeople(storedCompanies, storedContacts),
    });
    return { ...result, catalogItems };
  })();
  await recomputeLeadScores(db, 'all', now);
  return { contacts, companies: counts.companies, ...funnel };
};
