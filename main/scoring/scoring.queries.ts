import { type Kysely, sql } from 'kysely';
import type { ScoringAttribute, ScoringRule } from '../../shared/scoring';
import type { Database } from '../db/schema';

/** Which leads to score: a list of ids (any length, passed as one JSON parameter) or every lead. */
export type LeadSelection = readonly number[] | 'all';

const idsIn = (selection: readonly number[]) =>
  sql<number>`(SELECT value FROM json_each(${JSON.stringify(selection)}))`;

export const loadRules = async (db: Kysely<Database>): Promise<ScoringRule[]> => {
  const rows = await db.selectFrom('scoring_rules').selectAll().orderBy('position').orderBy('id').execute();
  return rows.map((row) => ({
    id: row.id,
    category: row.category,
    attribute: row.attribute as ScoringAttribute,
    value: row.value,
    points: row.points,
    position: row.position,
    enabled: row.enabled === 1,
  }));
};

/** The lead's own facts with its contact's title and its company's (the lead's, else the contact's). */
export const leadFactRows = (db: Kysely<Database>, selection: LeadSelection) => {
  let query = db
    .selectFrom('leads as l')
    .leftJoin('contacts as c', 'c.id', 'l.contact_id')
    .leftJoin('companies as co', (join) =>
      join.onRef('co.id', '=', sql`coalesce(l.company_id, c.company_id)`),
    )
    .select(['l.id', 'l.title', 'l.source', 'c.title as contact_title', 'co.employee_count', 'co.industry']);
  if (selection !== 'all') query = query.where('l.id', 'in', idsIn(selection));
  return query.execute();
};

const shiftDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString();

/** An instant as UTC text; what the app writes (toISOString) already is, so only other forms are parsed. */
const inUtc = sql`CASE WHEN length(occurred_at) = 24 AND substr(occurred_at, 24) = 'Z' THEN occurred_at
  ELSE strftime('%Y-%m-%dT%H:%M:%fZ', occurred_at) END`;

export interface ActivityFactRow {
  lead_id: number;
  last_activity: string | null;
  last_meeting: string | null;
  last_reply: string | null;
}

/**
 * The latest activity, meeting and inbound email per lead between `since` and `until`, counting what is
 * linked to the lead itself or to its contact. One grouped pass; an activity linked both ways is seen
 * twice, which max() does not mind. Instants are normalised to UTC so they compare as text.
 */
export const activityFactRows = async (
  db: Kysely<Database>,
  selection: LeadSelection,
  since: string,
  until: string,
): Promise<ActivityFactRow[]> => {
  const byLead = selection === 'all' ? sql`a.lead_id IS NOT NULL` : sql`a.lead_id IN ${idsIn(selection)}`;
  const byContact = selection === 'all' ? sql`1` : sql`l.id IN ${idsIn(selection)}`;
  // A cheap text pre-filter before normalising each instant: a UTC offset moves the text by at most 14 h.
  const roughly = sql`a.occurred_at BETWEEN ${shiftDays(since, -1)} AND ${shiftDays(until, 1)}`;
  const { rows } = await sql<ActivityFactRow>`
    WITH linked AS (
      SELECT a.lead_id AS lead_id, a.kind, a.direction, a.occurred_at
        FROM activities a
       WHERE ${byLead} AND a.archived_at IS NULL AND ${roughly}
      UNION ALL
      SELECT l.id, a.kind, a.direction, a.occurred_at
        FROM leads l JOIN activities a ON a.contact_id = l.contact_id
       WHERE ${byContact} AND a.archived_at IS NULL AND ${roughly}
    ), recent AS (
      SELECT lead_id, kind, direction, ${inUtc} AS at FROM linked
    )
    SELECT lead_id,
           max(at) AS last_activity,
           max(CASE WHEN kind = 'meeting' THEN at END) AS last_meeting,
           max(CASE WHEN kind = 'email' AND direction = 'inbound' THEN at END) AS last_reply
      FROM recent
     WHERE at BETWEEN ${since} AND ${until}
     GROUP BY lead_id`.execute(db);
  return rows;
};

/**
 * Writes many scores in one statement and answers how many changed. `scores` holds [leadId, score,
 * index into breakdowns]: leads that meet the same rules share one breakdown text, so the JSON sent
 * stays small. Rows whose score and breakdown are already right are left alone.
 */
export const writeScores = async (
  db: Kysely<Database>,
  scores: readonly [number, number, number][],
  breakdowns: readonly string[],
): Promise<number> => {
  if (scores.length === 0) return 0;
  // Materialising the breakdowns lets SQLite index them once instead of parsing their JSON per lead.
  const { numAffectedRows } = await sql`
    WITH breakdowns AS MATERIALIZED (SELECT key, value FROM json_each(${JSON.stringify(breakdowns)})),
    fresh AS (
      SELECT s.value ->> 0 AS id, s.value ->> 1 AS score, b.value AS breakdown
        FROM json_each(${JSON.stringify(scores)}) AS s JOIN breakdowns b ON b.key = s.value ->> 2
    )
    UPDATE leads SET score = fresh.score, score_breakdown = fresh.breakdown
      FROM fresh
     WHERE leads.id = fresh.id AND (leads.score IS NOT fresh.score OR leads.score_breakdown IS NOT fresh.breakdown)`.execute(
    db,
  );
  return Number(numAffectedRows ?? 0n);
};
