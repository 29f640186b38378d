import { type Kysely, sql } from 'kysely';

const tables = [
  // 'expired' is not a status here: it is derived on read from valid_until, so it is never stale.
  `CREATE TABLE estimates (
     id INTEGER PRIMARY KEY,
     status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent', 'approved', 'declined')),
     series_id INTEGER REFERENCES number_series (id),
     number TEXT UNIQUE,
     sequence_period TEXT,
     sequence_value INTEGER,
     company_id INTEGER REFERENCES companies (id),
     account_id INTEGER REFERENCES accounts (id),
     deal_id INTEGER REFERENCES deals (id),
     template_id INTEGER REFERENCES invoice_templates (id),
     customer_name TEXT NOT NULL DEFAULT '',
     issue_date TEXT NOT NULL,
     valid_until TEXT NOT NULL,
     currency TEXT NOT NULL CHECK (length(currency) = 3),
     rounding TEXT NOT NULL DEFAULT 'half-up' CHECK (rounding IN ('half-up', 'half-even')),
     price_mode TEXT NOT NULL DEFAULT 'net' CHECK (price_mode IN ('net', 'gross')),
     discount_percent TEXT,
     discount_minor INTEGER CHECK (discount_minor >= 0),
     notes TEXT NOT NULL DEFAULT '',
     terms TEXT NOT NULL DEFAULT '',
     footer TEXT NOT NULL DEFAULT '',
     tax_rates TEXT NOT NULL DEFAULT '[]',
     net_minor INTEGER NOT NULL DEFAULT 0,
     tax_minor INTEGER NOT NULL DEFAULT 0,
     total_minor INTEGER NOT NULL DEFAULT 0,
     sent_at TEXT,
     decided_at TEXT,
     decided_by TEXT NOT NULL DEFAULT '',
     -- A converted invoice that is later deleted (it was only a draft) frees the estimate to convert again.
     invoice_id INTEGER UNIQUE REFERENCES invoices (id) ON DELETE SET NULL,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     CHECK ((status = 'draft') = (number IS NULL)),
     CHECK ((status IN ('approved', 'declined')) = (decided_at IS NOT NULL)),
     CHECK (invoice_id IS NULL OR status = 'approved'),
     UNIQUE (series_id, sequence_period, sequence_value))`,
  `CREATE INDEX estimates_by_issue_date ON estimates (issue_date, id)`,
  `CREATE INDEX estimates_by_status ON estimates (status, valid_until)`,

  `CREATE TABLE estimate_recipients (
     estimate_id INTEGER NOT NULL REFERENCES estimates (id) ON DELETE CASCADE,
     contact_id INTEGER NOT NULL REFERENCES contacts (id),
     position INTEGER NOT NULL,
     PRIMARY KEY (estimate_id, contact_id)) WITHOUT ROWID`,

  `CREATE TABLE estimate_lines (
     id INTEGER PRIMARY KEY,
     estimate_id INTEGER NOT NULL REFERENCES estimates (id) ON DELETE CASCADE,
     position INTEGER NOT NULL,
     catalog_item_id INTEGER REFERENCES catalog_items (id),
     description TEXT NOT NULL,
     quantity TEXT NOT NULL,
     unit TEXT NOT NULL DEFAULT '',
     unit_price_minor INTEGER NOT NULL,
     discount_percent TEXT,
     discount_minor INTEGER CHECK (discount_minor >= 0),
     tax_rate_id INTEGER NOT NULL,
     net_minor INTEGER NOT NULL)`,
  `CREATE INDEX estimate_lines_by_estimate ON estimate_lines (estimate_id, position)`,

  `CREATE TABLE estimate_events (
     id INTEGER PRIMARY KEY,
     estimate_id INTEGER NOT NULL REFERENCES estimates (id) ON DELETE CASCADE,
     kind TEXT NOT NULL,
     detail TEXT NOT NULL DEFAULT '{}',
     occurred_at TEXT NOT NULL)`,
  `CREATE INDEX estimate_events_by_estimate ON estimate_events (estimate_id, id)`,
];

/** What a sent estimate says; none of it may change once it has a number. */
const sentContent = [
  'series_id',
  'number',
  'sequence_period',
  'sequence_value',
  'company_id',
  'account_id',
  'deal_id',
  'template_id',
  'customer_name',
  'issue_date',
  'valid_until',
  'currency',
  'rounding',
  'price_mode',
  'discount_percent',
  'discount_minor',
  'notes',
  'terms',
  'footer',
  'tax_rates',
  'net_minor',
  'tax_minor',
  'total_minor',
  'sent_at',
  'created_at',
];

const refuse = (message: string) => `SELECT RAISE(ABORT, '${message}')`;

const statusOf = (row: 'NEW' | 'OLD') => `(SELECT status FROM estimates WHERE id = ${row}.estimate_id)`;

/** A sent estimate's lines and recipients may not be added, changed, removed, or moved onto or off it. */
const childGuards = (table: string, message: string) =>
  (
    [
      ['insert', `${statusOf('NEW')} <> 'draft'`],
      ['update', `${statusOf('OLD')} <> 'draft' OR ${statusOf('NEW')} <> 'draft'`],
      ['delete', `${statusOf('OLD')} <> 'draft'`],
    ] as const
  ).map(
    ([action, frozen]) => `CREATE TRIGGER ${table}_frozen_${action} BEFORE ${action.toUpperCase()} ON ${table}
     WHEN ${frozen} BEGIN ${refuse(message)}; END`,
  );

// The database itself keeps a sent estimate as sent, its decision as recorded and its invoice link single.
const guards = [
  `CREATE TRIGGER estimates_sent_content_frozen BEFORE UPDATE ON estimates
   WHEN OLD.status <> 'draft' AND (${sentContent.map((column) => `NEW.${column} IS NOT OLD.${column}`).join(' OR ')})
   BEGIN ${refuse('A sent estimate cannot be edited')}; END`,
  `CREATE TRIGGER estimates_status_forward BEFORE UPDATE OF status ON estimates
   WHEN NEW.status IS NOT OLD.status AND NOT (
     (OLD.status = 'draft' AND NEW.status = 'sent') OR
     (OLD.status = 'sent' AND NEW.status IN ('approved', 'declined')))
   BEGIN ${refuse('An estimate goes from draft to sent to approved or declined, never back')}; END`,
  `CREATE TRIGGER estimates_decision_kept BEFORE UPDATE ON estimates
   WHEN OLD.status IN ('approved', 'declined')
     AND (NEW.decided_at IS NOT OLD.decided_at OR NEW.decided_by IS NOT OLD.decided_by)
   BEGIN ${refuse('A recorded decision cannot change')}; END`,
  `CREATE TRIGGER estimates_converted_once BEFORE UPDATE OF invoice_id ON estimates
   WHEN OLD.invoice_id IS NOT NULL AND NEW.invoice_id IS NOT NULL AND NEW.invoice_id IS NOT OLD.invoice_id
   BEGIN ${refuse('This estimate is already converted to an invoice')}; END`,
  `CREATE TRIGGER estimates_sent_kept BEFORE DELETE ON estimates WHEN OLD.status <> 'draft'
   BEGIN ${refuse('A sent estimate cannot be deleted')}; END`,
  ...childGuards('estimate_lines', 'The lines of a sent estimate cannot change'),
  ...childGuards('estimate_recipients', 'The recipients of a sent estimate cannot change'),
  `CREATE TRIGGER estimate_events_append_only_update BEFORE UPDATE ON estimate_events
   BEGIN ${refuse('The estimate history is append-only')}; END`,
  `CREATE TRIGGER estimate_events_append_only_delete BEFORE DELETE ON estimate_events
   WHEN (SELECT status FROM estimates WHERE id = OLD.estimate_id) <> 'draft'
   BEGIN ${refuse('The estimate history is append-only')}; END`,
];

export const up = async (db: Kysely<unknown>) => {
  for (const statement of [...tables, ...guards]) await sql.raw(statement).execute(db);
};
