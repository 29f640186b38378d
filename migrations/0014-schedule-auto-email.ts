import { type Kysely, sql } from 'kysely';

const statements = [
  // Auto-email needs auto-issue: the email carries the issued invoice's number and PDF.
  `ALTER TABLE schedules ADD COLUMN auto_email INTEGER NOT NULL DEFAULT 0
     CHECK (auto_email IN (0, 1) AND (auto_email = 0 OR auto_issue = 1))`,
  // The email a period's invoice went out with, drafted in the period's own transaction.
  `ALTER TABLE schedule_runs ADD COLUMN email_id INTEGER REFERENCES outbox_messages (id) ON DELETE SET NULL`,
];

/** Recurring invoices can be emailed to the customer as soon as each period is issued. */
export const up = async (db: Kysely<unknown>) => {
  for (const statement of statements) await sql.raw(statement).execute(db);
};
