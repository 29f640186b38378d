import { type Kysely, sql } from 'kysely';

/**
 * Archived contacts by name, the counterpart of contacts_active_by_name: the archived list pages by
 * walking it, and a search counts the active contacts among many matches by setting aside the archived
 * ids this small index holds, instead of looking every match up in the table.
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`CREATE INDEX contacts_archived_by_name ON contacts (last_name COLLATE NOCASE, first_name COLLATE NOCASE, id) WHERE archived_at IS NOT NULL`.execute(
    db,
  );
};
