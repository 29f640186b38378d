import { type Kysely, sql } from 'kysely';

const statements = [
  // A recurring invoice: the rule that makes its periods, and what each period's draft says.
  `CREATE TABLE schedules (
     id INTEGER PRIMARY KEY,
     account_id INTEGER NOT NULL REFERENCES accounts (id),
     deal_id INTEGER REFERENCES deals (id),
     name TEXT NOT NULL,
     unit TEXT NOT NULL CHECK (unit IN ('day', 'week', 'month')),
     interval INTEGER NOT NULL CHECK (interval BETWEEN 1 AND 366),
     day_of_month INTEGER CHECK (day_of_month BETWEEN 1 AND 31),
     start_date TEXT NOT NULL,
     end_date TEXT,
     occurrence_count INTEGER CHECK (occurrence_count >= 1),
     currency TEXT NOT NULL CHECK (length(currency) = 3),
     payment_terms TEXT NOT NULL CHECK (payment_terms IN ('net', 'end_of_month', 'on_receipt')),
     terms_days INTEGER NOT NULL,
     lines TEXT NOT NULL,
     auto_issue INTEGER NOT NULL DEFAULT 0 CHECK (auto_issue IN (0, 1)),
     paused INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
     catch_up_from TEXT NOT NULL,
     ended_at TEXT,
     -- Why the last catch-up could not make a period's draft (a tax rate gone, say); '' once one succeeds.
     last_error TEXT NOT NULL DEFAULT '',
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL)`,
  `CREATE INDEX schedules_by_account ON schedules (account_id)`,
  `CREATE INDEX schedules_by_deal ON schedules (deal_id) WHERE deal_id IS NOT NULL`,
  // One row per generated period, written in the draft's own transaction: the key makes catch-up idempotent.
  `CREATE TABLE schedule_runs (
     id INTEGER PRIMARY KEY,
     schedule_id INTEGER NOT NULL REFERENCES schedules (id),
     period_date TEXT NOT NULL,
     invoice_id INTEGER REFERENCES invoices (id) ON DELETE SET NULL,
     issue_error TEXT NOT NULL DEFAULT '',
     created_at TEXT NOT NULL,
     UNIQUE (schedule_id, period_date))`,
  `CREATE INDEX schedule_runs_by_invoice ON schedule_runs (invoice_id)`,
];

export const up = async (db: Kysely<unknown>) => {
  for (const statement of statements) await sql.raw(statement).execute(db);
};
