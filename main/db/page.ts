import type { Expression, SelectQueryBuilder } from 'kysely';

/** One page of a filtered query in the given order, with the total the filter matches. */
export const pageOf = async <DB, TB extends keyof DB, Row>(
  query: SelectQueryBuilder<DB, TB, Row>,
  order: Expression<unknown>[],
  { offset, limit }: { offset: number; limit: number },
) => {
  let ordered = query;
  for (const by of order) ordered = ordered.orderBy(by);
  const [rows, count] = await Promise.all([
    ordered.limit(limit).offset(offset).execute(),
    query
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number((count as { total: number }).total) };
};
