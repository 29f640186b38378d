import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { EstimateListQuery, EstimateRow } from '../../shared/estimates';
import type { Page } from '../../shared/fields';
import { contains } from '../db/like';
import type { Database } from '../db/schema';
import { foldForSearch } from '../search/full-text';
import { estimateRowColumns, toEstimateRow } from './estimate-records';

type Where = ExpressionBuilder<Database, 'estimates'>;

/** The stored status and the validity date together say which estimates are expired today. */
const statusFilter = (eb: Where, status: EstimateListQuery['status'], today: string) => {
  if (status === 'all') return eb.lit(true);
  if (status === 'expired') return eb.and([eb('status', '=', 'sent'), eb('valid_until', '<', today)]);
  if (status === 'sent') return eb.and([eb('status', '=', 'sent'), eb('valid_until', '>=', today)]);
  return eb('status', '=', status);
};

/** Every typed word in the number or the customer's name, folded the way search folds. */
const searchFilter = (eb: Where, query: string) =>
  eb.and(
    foldForSearch(query)
      .split(/\s+/)
      .filter(Boolean)
      .map((word) => eb.or([contains('number', word), contains('customer_name', word)])),
  );

/** A page of estimates, newest first; drafts (no number yet) among them by date. */
export const listEstimates = async (
  db: Kysely<Database>,
  input: EstimateListQuery,
  today: string,
): Promise<Page<EstimateRow>> => {
  const matching = db
    .selectFrom('estimates')
    .where((eb) => eb.and([statusFilter(eb, input.status, today), searchFilter(eb, input.query)]));
  const [rows, counted] = await Promise.all([
    matching
      .select(estimateRowColumns)
      .orderBy(sql`issue_date DESC`)
      .orderBy(sql`id DESC`)
      .limit(input.limit)
      .offset(input.offset)
      .execute(),
    matching.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map((row) => toEstimateRow(row, today)), total: Number(counted.total) };
};
