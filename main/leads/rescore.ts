import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { recomputeLeadScores } from '../scoring/scoring.service';

export interface ScoreInputs {
  leadIds?: number[];
  contactId?: number | null;
  companyId?: number | null;
}

/**
 * Rescores, inside the caller's transaction, every lead whose score could depend on what was written:
 * the lead itself, leads of a contact, and leads of a company or of its people.
 */
export const rescoreLeadsAbout = async (db: Kysely<Database>, inputs: ScoreInputs, now: Date) => {
  const ids = new Set(inputs.leadIds ?? []);
  if (inputs.contactId) {
    const rows = await db
      .selectFrom('leads')
      .select('id')
      .where('contact_id', '=', inputs.contactId)
      .execute();
    for (const row of rows) ids.add(row.id);
  }
  if (inputs.companyId) {
    const companyId = inputs.companyId;
    const rows = await db
      .selectFrom('leads')
      .select('id')
      .where((eb) =>
        eb.or([
          eb('company_id', '=', companyId),
          eb('contact_id', 'in', eb.selectFrom('contacts').select('id').where('company_id', '=', companyId)),
        ]),
      )
      .execute();
    for (const row of rows) ids.add(row.id);
  }
  await recomputeLeadScores(db, [...ids], now);
};
