import { type Kysely, sql } from 'kysely';

const statements = [
  // The workspace's reminder schedule: days relative to an invoice's due date (negative = before it).
  // An offset is a step's identity: removing one keeps its row (removed_at) so what it decided stays named,
  // and adding the same offset again revives it, so no invoice is reminded twice for the same day.
  `CREATE TABLE reminder_steps (
     id INTEGER PRIMARY KEY,
     offset_days INTEGER NOT NULL UNIQUE CHECK (offset_days BETWEEN -60 AND 365),
     escalate INTEGER NOT NULL DEFAULT 0 CHECK (escalate IN (0, 1)),
     position INTEGER NOT NULL,
     removed_at TEXT)`,
  `INSERT INTO reminder_steps (offset_days, escalate, position) VALUES (-3, 0, 0), (0, 0, 1), (7, 0, 2), (14, 1, 3)`,
  // Each step is decided once per invoice, in the transaction that drafts its email: the key makes the
  // catch-up idempotent across restarts and processes.
  `CREATE TABLE invoice_reminders (
     id INTEGER PRIMARY KEY,
     invoice_id INTEGER NOT NULL REFERENCES invoices (id),
     step_id INTEGER NOT NULL REFERENCES reminder_steps (id),
     outcome TEXT NOT NULL CHECK (outcome IN ('drafted', 'skipped')),
     outbox_message_id INTEGER REFERENCES outbox_messages (id) ON DELETE SET NULL,
     activity_id INTEGER REFERENCES activities (id) ON DELETE SET NULL,
     created_at TEXT NOT NULL,
     UNIQUE (invoice_id, step_id))`,
  // One fee per overdue invoice; billed_invoice_id is the draft that bills it (null while pending).
  `CREATE TABLE late_fees (
     id INTEGER PRIMARY KEY,
     invoice_id INTEGER NOT NULL UNIQUE REFERENCES invoices (id),
     amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
     currency TEXT NOT NULL CHECK (length(currency) = 3),
     account_id INTEGER NOT NULL REFERENCES accounts (id),
     charged_on TEXT NOT NULL,
     billed_invoice_id INTEGER REFERENCES invoices (id) ON DELETE SET NULL)`,
  `CREATE INDEX late_fees_pending ON late_fees (account_id, currency) WHERE billed_invoice_id IS NULL`,
  `CREATE INDEX late_fees_by_billed_invoice ON late_fees (billed_invoice_id) WHERE billed_invoice_id IS NOT NULL`,
  `INSERT INTO settings (key, value) VALUES ('late_fees',
     '{"enabled":false,"mode":"next_invoice","amount":{"kind":"percent","percent":"1.5"},"afterDays":30,"taxRateId":null,"description":"Late fee"}')`,
];

/** Overdue reminders (steps and what each decided per invoice) and late fees with their settings row. */
export const up = async (db: Kysely<unknown>) => {
  for (const statement of statements) await sql.raw(statement).execute(db);
};
