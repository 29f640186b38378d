import type { Kysely } from 'kysely';
import { type ReminderStep, type ReminderStepValues, reminderStepLabel } from '../../shared/reminders';
import type { Database } from '../db/schema';
import type { PlannedStep } from './reminder-plan';

/** The steps in force, earliest first. */
export const loadSteps = async (db: Kysely<Database>): Promise<ReminderStep[]> => {
  const rows = await db
    .selectFrom('reminder_steps')
    .select(['id', 'offset_days', 'escalate'])
    .where('removed_at', 'is', null)
    .orderBy('offset_days')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    offsetDays: row.offset_days,
    escalate: row.escalate === 1,
    label: reminderStepLabel(row.offset_days),
  }));
};

export const plannedSteps = async (db: Kysely<Database>): Promise<PlannedStep[]> =>
  (await loadSteps(db)).map(({ id, offsetDays, escalate }) => ({ id, offsetDays, escalate }));

/**
 * Makes `steps` the schedule. A step is its offset: one kept or added back keeps its row, so an invoice
 * that already had "7 days after due" decided never gets it again; a removed one keeps its row, marked.
 */
export const replaceSteps = async (
  trx: Kysely<Database>,
  steps: readonly ReminderStepValues[],
  now: string,
) => {
  const existing = await trx.selectFrom('reminder_steps').select(['id', 'offset_days']).execute();
  const byOffset = new Map(existing.map((row) => [row.offset_days, row.id]));
  const wanted = [...steps].sort((a, b) => a.offsetDays - b.offsetDays);
  for (const [position, step] of wanted.entries()) {
    const values = { escalate: step.escalate ? 1 : 0, position, removed_at: null } as const;
    const id = byOffset.get(step.offsetDays);
    if (id === undefined) {
      await trx
        .insertInto('reminder_steps')
        .values({ ...values, offset_days: step.offsetDays })
        .execute();
    } else {
      await trx.updateTable('reminder_steps').set(values).where('id', '=', id).execute();
    }
  }
  const kept = wanted.map((step) => step.offsetDays);
  let removed = trx.updateTable('reminder_steps').set({ removed_at: now }).where('removed_at', 'is', null);
  if (kept.length > 0) removed = removed.where('offset_days', 'not in', kept);
  await removed.execute();
};
