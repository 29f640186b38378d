import type { Kysely } from 'kysely';
import type { DealRow } from '../../shared/deals';
import type { Database } from '../db/schema';

/** Deals with their stage and company, as every deal list and board shows them. */
export const dealRowQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('deals as d')
    .innerJoin('pipeline_stages as s', 's.id', 'd.stage_id')
    .leftJoin('companies as co', 'co.id', 'd.company_id')
    .select([
      'd.id',
      'd.title',
      'd.pipeline_id',
      'd.stage_id',
      's.name as stage_name',
      's.outcome',
      's.probability',
      's.position as stage_position',
      'd.company_id',
      'co.name as company_name',
      'd.account_id',
      'd.value_minor',
      'd.currency',
      'd.expected_close_date',
      'd.next_step',
      'd.closed_at',
      'd.updated_at',
      'd.archived_at',
    ]);

export type DealRowRecord = Awaited<ReturnType<ReturnType<typeof dealRowQuery>['executeTakeFirstOrThrow']>>;

export const toDealRow = (row: DealRowRecord): DealRow => ({
  id: row.id,
  title: row.title,
  pipelineId: row.pipeline_id,
  stageId: row.stage_id,
  stageName: row.stage_name,
  outcome: row.outcome,
  probability: row.probability,
  companyId: row.company_id,
  companyName: row.company_name,
  accountId: row.account_id,
  valueMinor: row.value_minor,
  currency: row.currency,
  expectedCloseDate: row.expected_close_date,
  nextStep: row.next_step,
  closedAt: row.closed_at,
  updatedAt: row.updated_at,
  archivedAt: row.archived_at,
});
