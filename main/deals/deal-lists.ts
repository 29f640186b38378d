import { type Kysely, sql } from 'kysely';
import type { Board, DealListQuery, DealRow } from '../../shared/deals';
import type { Page } from '../../shared/fields';
import type { Money } from '../../shared/money';
import { contains } from '../db/like';
import { pageOf } from '../db/page';
import type { Database } from '../db/schema';
import { defaultPipelineId, getPipeline } from '../pipelines/pipelines.service';
import { dealRowQuery, toDealRow } from './deal-rows';

const sortColumns = {
  updated: sql`d.updated_at`,
  value: sql`d.value_minor`,
  close: sql`d.expected_close_date`,
  title: sql`d.title COLLATE NOCASE`,
  stage: sql`s.position`,
  company: sql`co.name COLLATE NOCASE`,
};

export const listDeals = async (db: Kysely<Database>, input: DealListQuery): Promise<Page<DealRow>> => {
  let base = dealRowQuery(db);
  if (!input.includeArchived) base = base.where('d.archived_at', 'is', null);
  if (input.pipelineId !== undefined) base = base.where('d.pipeline_id', '=', input.pipelineId);
  if (input.stageId !== undefined) base = base.where('d.stage_id', '=', input.stageId);
  if (input.outcome !== 'all') base = base.where('s.outcome', '=', input.outcome);
  if (input.companyId !== undefined) base = base.where('d.company_id', '=', input.companyId);
  if (input.accountId !== undefined) base = base.where('d.account_id', '=', input.accountId);
  if (input.query !== '') {
    base = base.where((eb) => eb.or([contains('d.title', input.query), contains('co.name', input.query)]));
  }
  const direction = input.direction === 'asc' ? sql`ASC` : sql`DESC`;
  const page = await pageOf(
    base,
    [sql`${sortColumns[input.sort]} ${direction} NULLS LAST`, sql`d.id ${direction}`],
    input,
  );
  return { rows: page.rows.map(toDealRow), total: page.total };
};

/** A pipeline's columns: one grouped query for counts and totals, then each column's top cards. */
export const dealBoard = async (
  db: Kysely<Database>,
  { pipelineId, cardsPerStage }: { pipelineId?: number; cardsPerStage: number },
): Promise<Board> => {
  const pipeline = await getPipeline(db, pipelineId ?? (await defaultPipelineId(db)));
  const sums = await db
    .selectFrom('deals')
    .select((eb) => [
      'stage_id',
      'currency',
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>('value_minor').as('total'),
    ])
    .where('pipeline_id', '=', pipeline.id)
    .where('archived_at', 'is', null)
    .groupBy(['stage_id', 'currency'])
    .execute();
  const columns = await Promise.all(
    pipeline.stages.map(async (stage) => {
      const cards = await dealRowQuery(db)
        .where('d.stage_id', '=', stage.id)
        .where('d.archived_at', 'is', null)
        .orderBy('d.position')
        .limit(cardsPerStage)
        .execute();
      const stageSums = sums.filter((row) => row.stage_id === stage.id);
      const totals: Money[] = stageSums
        .map((row) => ({ minor: Number(row.total), currency: row.currency }))
        .sort((a, b) => a.currency.localeCompare(b.currency));
      return {
        stage,
        count: stageSums.reduce((n, row) => n + row.n, 0),
        totals,
        deals: cards.map(toDealRow),
      };
    }),
  );
  return { pipelineId: pipeline.id, pipelineName: pipeline.name, columns };
};
