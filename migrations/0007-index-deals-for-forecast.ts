import { type Kysely, sql } from 'kysely';

/**
 * Everything the forecast reads of an active deal, in one covering index: summing 30k open deals by
 * month, currency and stage then walks this index alone instead of looking each deal up in the table.
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`CREATE INDEX deals_forecast ON deals (pipeline_id, stage_id, currency, expected_close_date, value_minor) WHERE archived_at IS NULL`.execute(
    db,
  );
};
