import type { Sqlite } from '../db/connection';
import type { FunnelStages } from './fake-deal';
import type { Locale } from './locale';
import { createRandom, type Random } from './random';
import { insertAccounts } from './seed-accounts';
import { insertActivities } from './seed-activities';
import { insertDeals, planDeals } from './seed-deals';
import { insertInvoices } from './seed-invoices';
import { insertLeads } from './seed-leads';
import type { SeededPeople } from './seed-people';

export interface FunnelCounts {
  leads: number;
  deals: number;
  activities: number;
  invoices: number;
}

export interface FunnelResult extends FunnelCounts {
  accounts: number;
}

/** About this share of leads was qualified into a deal; the rest are new, contacted or ruled out. */
const qualifiedShare = 0.15;

/** The stages of the pipeline new deals go to, as the app picks it: the default one. */
const defaultStages = (sqlite: Sqlite): FunnelStages => {
  const pipelineId = sqlite
    .prepare('SELECT id FROM pipelines WHERE archived_at IS NULL ORDER BY is_default DESC, position LIMIT 1')
    .pluck()
    .get() as number | undefined;
  const stages = sqlite
    .prepare(
      'SELECT id, outcome FROM pipeline_stages WHERE pipeline_id = ? AND archived_at IS NULL ORDER BY position',
    )
    .all(pipelineId ?? 0) as { id: number; outcome: string }[];
  const open = stages.filter((stage) => stage.outcome === 'open').map((stage) => stage.id);
  const won = stages.find((stage) => stage.outcome === 'won')?.id;
  const lost = stages.find((stage) => stage.outcome === 'lost')?.id;
  if (pipelineId === undefined || open.length === 0 || won === undefined || lost === undefined) {
    throw new Error('Seeding deals needs a default pipeline with open, won and lost stages');
  }
  return { pipelineId, open, won, lost };
};

/**
 * Leads, deals, accounts and activities on the people just seeded, each kind from its own random
 * stream. Planned in the order they depend on each other, inserted in the order the foreign keys need:
 * leads and accounts before the deals that point at them, activities last.
 */
export const insertFunnel = (
  sqlite: Sqlite,
  options: FunnelCounts & {
    seed: number;
    nowMs: number;
    people: SeededPeople;
    pickLocale: (random: Random) => Locale;
  },
): FunnelResult => {
  const { seed, nowMs, people, pickLocale } = options;
  const stages = options.deals > 0 ? defaultStages(sqlite) : null;
  const deals = stages
    ? planDeals(sqlite, createRandom(seed, 'deals'), {
        count: options.deals,
        nowMs,
        stages,
        people,
        // About 80% of deals have a person on them, and only those can have come from a lead.
        leadShare: Math.min(1, (options.leads * qualifiedShare) / (options.deals * 0.8)),
      })
    : [];
  const leads = insertLeads(sqlite, createRandom(seed, 'leads'), {
    count: options.leads,
    nowMs,
    people,
    deals,
    pickLocale,
  });
  const accounts = insertAccounts(sqlite, createRandom(seed, 'accounts'), { deals, nowMs });
  if (stages) insertDeals(sqlite, deals, stages.pipelineId);
  const activities = insertActivities(sqlite, createRandom(seed, 'activities'), options.activities, {
    nowMs,
    people,
    deals,
    leads,
    accounts,
  });
  const invoices = insertInvoices(sqlite, createRandom(seed, 'invoices'), {
    count: options.invoices,
    nowMs,
    deals,
    people,
  });
  return { leads: leads.length, deals: deals.length, accounts: accounts.length, activities, invoices };
};
