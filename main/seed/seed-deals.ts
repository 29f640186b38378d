import type { Insertable, Selectable } from 'kysely';
import type { Sqlite } from '../db/connection';
import type { DealLineItemsTable, DealStageChangesTable, DealsTable } from '../db/schema';
import { batchInsert } from './batch-insert';
import { type FakeDeal, type FunnelStages, fakeDeal } from './fake-deal';
import { createdAtMs, isoAt } from './fake-parts';
import type { Random } from './random';
import { createdBy, nextId, type SeededPeople, type StoredContact } from './seed-people';

export interface PlannedDeal extends FakeDeal {
  id: number;
  createdMs: number;
  companyId: number | null;
  contactIds: number[];
  /** Set when a qualified lead is made for this deal. */
  fromLead: boolean;
  leadId: number | null;
  /** Set on won deals once their company's account is planned. */
  accountId: number | null;
}

const shareWithoutCompany = 0.08;

/**
 * One person on most deals, two on some, nobody yet on a few; never the same person twice, and only
 * people already on file when the deal was created (`pool` is in creation order).
 */
const peopleOnDeal = (random: Random, pool: readonly StoredContact[], createdMs: number): number[] => {
  const known = createdBy(pool, createdMs);
  if (known === 0) return [];
  const roll = random.next();
  const count = roll < 0.05 ? 0 : roll < 0.85 ? 1 : 2;
  const ids = new Set<number>();
  for (let i = 0; i < count; i++) ids.add((pool[random.int(0, known - 1)] as StoredContact).id);
  return [...ids];
};

/**
 * Deals spread over the two years in creation order, each for a company already on file (a few for a
 * person alone), with its path through the stages drawn by fakeDeal. `leadShare` of the deals with a
 * person on them are marked to have come from a qualified lead.
 */
export const planDeals = (
  sqlite: Sqlite,
  random: Random,
  options: { count: number; nowMs: number; stages: FunnelStages; people: SeededPeople; leadShare: number },
): PlannedDeal[] => {
  const { count, nowMs, stages, people, leadShare } = options;
  const firstId = nextId(sqlite, 'deals');
  return Array.from({ length: count }, (_, i) => {
    const createdMs = createdAtMs(random, nowMs, i, count);
    const known = createdBy(people.companies, createdMs);
    const company =
      known > 0 && !random.chance(shareWithoutCompany)
        ? people.companies[random.int(0, known - 1)]
        : undefined;
    const pool = company
      ? (people.contactsOf.get(company.id) ?? [])
      : random.chance(0.5)
        ? people.withoutCompany
        : [];
    const contactIds = peopleOnDeal(random, pool, createdMs);
    const fromLead = contactIds.length > 0 && random.chance(leadShare);
    return {
      ...fakeDeal(random, stages, { createdMs, nowMs, hasCompany: company !== undefined }),
      id: firstId + i,
      createdMs,
      companyId: company?.id ?? null,
      contactIds,
      fromLead,
      leadId: null,
      accountId: null,
    };
  });
};

const stageOf = (deal: PlannedDeal) => deal.steps[deal.steps.length - 1]?.toStageId as number;
const lastChangeOf = (deal: PlannedDeal) => deal.steps[deal.steps.length - 1]?.atMs as number;

/**
 * Cards stack in each column in the order they arrived there, below the cards already on the board, as
 * moving them to the bottom does.
 */
const boardPositions = (sqlite: Sqlite, deals: readonly PlannedDeal[]) => {
  const bottomRows = sqlite
    .prepare('SELECT stage_id, max(position) AS bottom FROM deals GROUP BY stage_id')
    .all() as { stage_id: number; bottom: number }[];
  const bottoms = new Map(bottomRows.map((row) => [row.stage_id, row.bottom]));
  const positions = new Map<number, number>();
  const arrived = [...deals].sort(
    (a, b) => stageOf(a) - stageOf(b) || lastChangeOf(a) - lastChangeOf(b) || a.id - b.id,
  );
  let stage = -1;
  let position = 0;
  for (const deal of arrived) {
    position = stageOf(deal) === stage ? position + 1 : (bottoms.get(stageOf(deal)) ?? 0) + 1;
    stage = stageOf(deal);
    positions.set(deal.id, position);
  }
  return positions;
};

const dealColumns = [
  'id',
  'title',
  'pipeline_id',
  'stage_id',
  'company_id',
  'account_id',
  'lead_id',
  'value_minor',
  'currency',
  'expected_close_date',
  'next_step',
  'close_reason',
  'closed_at',
  'position',
  'created_at',
  'updated_at',
  'archived_at',
] as const satisfies readonly (keyof DealsTable)[];

/** The deals, then what hangs off them: their people, line items and stage history. */
export const insertDeals = (sqlite: Sqlite, deals: readonly PlannedDeal[], pipelineId: number) => {
  const positions = boardPositions(sqlite, deals);
  const dealRows = batchInsert<Selectable<DealsTable>>(sqlite, 'deals', dealColumns);
  for (const deal of deals) {
    dealRows.add({
      id: deal.id,
      title: deal.title,
      pipeline_id: pipelineId,
      stage_id: stageOf(deal),
      company_id: deal.companyId,
      account_id: deal.accountId,
      lead_id: deal.leadId,
      value_minor: deal.valueMinor,
      currency: deal.currency,
      expected_close_date: deal.expectedCloseDate,
      next_step: deal.nextStep,
      close_reason: deal.closeReason,
      closed_at: deal.closedMs === null ? null : isoAt(deal.closedMs),
      position: positions.get(deal.id) ?? 0,
      created_at: isoAt(deal.createdMs),
      updated_at: isoAt(deal.updatedMs),
      archived_at: deal.archivedMs === null ? null : isoAt(deal.archivedMs),
    });
  }
  dealRows.flush();

  const people = batchInsert<{ deal_id: number; contact_id: number }>(sqlite, 'deal_contacts', [
    'deal_id',
    'contact_id',
  ]);
  const items = batchInsert<Insertable<DealLineItemsTable>>(sqlite, 'deal_line_items', [
    'deal_id',
    'position',
    'description',
    'quantity',
    'unit_price_minor',
  ]);
  const changes = batchInsert<Insertable<DealStageChangesTable>>(sqlite, 'deal_stage_changes', [
    'deal_id',
    'kind',
    'from_stage_id',
    'to_stage_id',
    'reason',
    'changed_at',
  ]);
  for (const deal of deals) {
    for (const contactId of deal.contactIds) people.add({ deal_id: deal.id, contact_id: contactId });
    for (const [position, item] of deal.lineItems.entries()) {
      items.add({
        deal_id: deal.id,
        position,
        description: item.description,
        quantity: item.quantity,
        unit_price_minor: item.unitPriceMinor,
      });
    }
    for (const step of deal.steps) {
      changes.add({
        deal_id: deal.id,
        kind: step.kind,
        from_stage_id: step.fromStageId,
        to_stage_id: step.toStageId,
        reason: step.reason,
        changed_at: isoAt(step.atMs),
      });
    }
  }
  for (const rows of [people, items, changes]) rows.flush();
};
