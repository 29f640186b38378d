import { type Kysely, sql } from 'kysely';

const tables = [
  // One named rate a line picks ("GST 5% + QST 9.975%"); its parts are JSON [{name, rate, compound}].
  `CREATE TABLE tax_rates (
     id INTEGER PRIMARY KEY,
     name TEXT NOT NULL,
     kind TEXT NOT NULL DEFAULT 'standard' CHECK (kind IN ('standard', 'exempt', 'reverse_charge')),
     components TEXT NOT NULL,
     note TEXT NOT NULL DEFAULT '',
     is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     archived_at TEXT)`,
  `CREATE UNIQUE INDEX tax_rates_one_default ON tax_rates (is_default) WHERE is_default = 1`,

  `CREATE TABLE catalog_items (
     id INTEGER PRIMARY KEY,
     name TEXT NOT NULL,
     description TEXT NOT NULL DEFAULT '',
     unit_type TEXT NOT NULL CHECK (unit_type IN ('hour', 'day', 'fixed', 'month', 'custom')),
     unit_label TEXT NOT NULL DEFAULT '',
     unit_price_minor INTEGER NOT NULL,
     currency TEXT NOT NULL CHECK (length(currency) = 3),
     tax_rate_id INTEGER REFERENCES tax_rates (id),
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     archived_at TEXT)`,
  `CREATE INDEX catalog_items_by_name ON catalog_items (archived_at, name COLLATE NOCASE)`,

  `ALTER TABLE deal_line_items ADD COLUMN catalog_item_id INTEGER REFERENCES catalog_items (id)`,
  `ALTER TABLE deal_line_items ADD COLUMN unit TEXT NOT NULL DEFAULT ''`,
  `ALTER TABLE deal_line_items ADD COLUMN tax_rate_id INTEGER REFERENCES tax_rates (id)`,

  `CREATE TABLE invoice_templates (
     id INTEGER PRIMARY KEY,
     name TEXT NOT NULL,
     layout TEXT NOT NULL DEFAULT 'classic' CHECK (layout IN ('classic', 'compact')),
     paper TEXT NOT NULL DEFAULT 'A4' CHECK (paper IN ('A4', 'Letter')),
     accent_color TEXT NOT NULL DEFAULT '#1c7ed6',
     header TEXT NOT NULL DEFAULT 'text' CHECK (header IN ('text', 'logo')),
     notes TEXT NOT NULL DEFAULT '',
     terms TEXT NOT NULL DEFAULT '',
     footer TEXT NOT NULL DEFAULT '',
     is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     archived_at TEXT)`,
  `CREATE UNIQUE INDEX invoice_templates_one_default ON invoice_templates (is_default) WHERE is_default = 1`,

  // The workspace logo, already downscaled and rasterised when uploaded.
  `CREATE TABLE workspace_logo (
     id INTEGER PRIMARY KEY CHECK (id = 1),
     kind TEXT NOT NULL CHECK (kind IN ('png', 'jpeg')),
     bytes BLOB NOT NULL,
     width INTEGER NOT NULL,
     height INTEGER NOT NULL,
     updated_at TEXT NOT NULL)`,

  `CREATE TABLE number_series (
     id INTEGER PRIMARY KEY,
     document_kind TEXT NOT NULL CHECK (document_kind IN ('invoice', 'credit_note', 'estimate')),
     name TEXT NOT NULL,
     pattern TEXT NOT NULL,
     yearly_reset INTEGER NOT NULL DEFAULT 1 CHECK (yearly_reset IN (0, 1)),
     is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL)`,
  `CREATE UNIQUE INDEX number_series_one_default ON number_series (document_kind) WHERE is_default = 1`,
  // period is the year for yearly series and '' otherwise; next_value is only ever raised.
  `CREATE TABLE number_counters (
     series_id INTEGER NOT NULL REFERENCES number_series (id),
     period TEXT NOT NULL,
     next_value INTEGER NOT NULL CHECK (next_value >= 1),
     PRIMARY KEY (series_id, period)) WITHOUT ROWID`,

  `CREATE TABLE invoices (
     id INTEGER PRIMARY KEY,
     kind TEXT NOT NULL DEFAULT 'invoice' CHECK (kind IN ('invoice', 'credit_note')),
     status TEXT NOT NULL DEFAULT 'draft'
       CHECK (status IN ('draft', 'issued', 'partially_paid', 'paid', 'void')),
     series_id INTEGER REFERENCES number_series (id),
     number TEXT UNIQUE,
     sequence_period TEXT,
     sequence_value INTEGER,
     corrects_invoice_id INTEGER REFERENCES invoices (id),
     company_id INTEGER REFERENCES companies (id),
     account_id INTEGER REFERENCES accounts (id),
     deal_id INTEGER REFERENCES deals (id),
     template_id INTEGER REFERENCES invoice_templates (id),
     customer_name TEXT NOT NULL DEFAULT '',
     issue_date TEXT NOT NULL,
     payment_terms TEXT NOT NULL DEFAULT 'net' CHECK (payment_terms IN ('net', 'end_of_month', 'on_receipt')),
     terms_days INTEGER NOT NULL DEFAULT 14 CHECK (terms_days BETWEEN 0 AND 365),
     due_date TEXT NOT NULL,
     supply_date TEXT,
     currency TEXT NOT NULL CHECK (length(currency) = 3),
     rounding TEXT NOT NULL DEFAULT 'half-up' CHECK (rounding IN ('half-up', 'half-even')),
     price_mode TEXT NOT NULL DEFAULT 'net' CHECK (price_mode IN ('net', 'gross')),
     discount_percent TEXT,
     discount_minor INTEGER CHECK (discount_minor >= 0),
     notes TEXT NOT NULL DEFAULT '',
     terms TEXT NOT NULL DEFAULT '',
     footer TEXT NOT NULL DEFAULT '',
     tax_rates TEXT NOT NULL DEFAULT '[]',
     seller TEXT,
     buyer TEXT,
     net_minor INTEGER NOT NULL DEFAULT 0,
     tax_minor INTEGER NOT NULL DEFAULT 0,
     total_minor INTEGER NOT NULL DEFAULT 0,
     paid_minor INTEGER NOT NULL DEFAULT 0 CHECK (paid_minor >= 0),
     issued_at TEXT,
     voided_at TEXT,
     void_reason TEXT NOT NULL DEFAULT '',
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     CHECK (paid_minor <= max(total_minor, 0)),
     CHECK ((status = 'draft') = (number IS NULL)),
     UNIQUE (series_id, sequence_period, sequence_value))`,
  `CREATE INDEX invoices_by_issue_date ON invoices (issue_date, id)`,
  // Covers the overdue filter and its totals (status, due date, balance) without reading the table.
  `CREATE INDEX invoices_by_status ON invoices (status, due_date, currency, total_minor, paid_minor)`,
  `CREATE INDEX invoices_by_company ON invoices (company_id, issue_date)`,
  `CREATE INDEX invoices_by_account ON invoices (account_id, issue_date)`,
  `CREATE INDEX invoices_by_deal ON invoices (deal_id) WHERE deal_id IS NOT NULL`,
  // Kept by triggers below, per issue month: the invoice list's totals per currency cost a few rows, not a
  // scan of every invoice, also for a date range (whole months from here, the edges from the invoices).
  `CREATE TABLE invoice_totals (
     month TEXT NOT NULL,
     status TEXT NOT NULL,
     currency TEXT NOT NULL,
     invoice_count INTEGER NOT NULL,
     total_minor INTEGER NOT NULL,
     paid_minor INTEGER NOT NULL,
     PRIMARY KEY (month, status, currency)) WITHOUT ROWID`,
  // Number and customer, folded by lb_fold(), in trigrams: "contains" search without scanning every row.
  `CREATE VIRTUAL TABLE invoices_fts USING fts5(text, tokenize = 'trigram')`,

  `CREATE TABLE invoice_recipients (
     invoice_id INTEGER NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
     contact_id INTEGER NOT NULL REFERENCES contacts (id),
     position INTEGER NOT NULL,
     PRIMARY KEY (invoice_id, contact_id)) WITHOUT ROWID`,

  `CREATE TABLE invoice_lines (
     id INTEGER PRIMARY KEY,
     invoice_id INTEGER NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
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
  `CREATE INDEX invoice_lines_by_invoice ON invoice_lines (invoice_id, position)`,

  `CREATE TABLE payments (
     id INTEGER PRIMARY KEY,
     invoice_id INTEGER NOT NULL REFERENCES invoices (id),
     paid_on TEXT NOT NULL,
     amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
     method TEXT NOT NULL CHECK (method IN ('bank_transfer', 'card', 'cash', 'other')),
     reference TEXT NOT NULL DEFAULT '',
     created_at TEXT NOT NULL,
     deleted_at TEXT,
     delete_reason TEXT NOT NULL DEFAULT '')`,
  `CREATE INDEX payments_by_invoice ON payments (invoice_id, paid_on)`,

  // Append-only: every state change of an invoice, with who-did-what detail as JSON.
  `CREATE TABLE invoice_events (
     id INTEGER PRIMARY KEY,
     invoice_id INTEGER NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
     kind TEXT NOT NULL,
     detail TEXT NOT NULL DEFAULT '{}',
     occurred_at TEXT NOT NULL)`,
  `CREATE INDEX invoice_events_by_invoice ON invoice_events (invoice_id, id)`,

  `ALTER TABLE activities ADD COLUMN invoice_id INTEGER REFERENCES invoices (id)`,
  `CREATE INDEX activities_by_invoice ON activities (invoice_id) WHERE invoice_id IS NOT NULL`,
];

/** The columns that make up what an issued invoice says; none may change once it has a number. */
const issuedContent = [
  'kind',
  'series_id',
  'number',
  'sequence_period',
  'sequence_value',
  'corrects_invoice_id',
  'company_id',
  'account_id',
  'deal_id',
  'template_id',
  'customer_name',
  'issue_date',
  'payment_terms',
  'terms_days',
  'due_date',
  'supply_date',
  'currency',
  'rounding',
  'price_mode',
  'discount_percent',
  'discount_minor',
  'notes',
  'terms',
  'footer',
  'tax_rates',
  'seller',
  'buyer',
  'net_minor',
  'tax_minor',
  'total_minor',
  'issued_at',
  'created_at',
];

const addToTotals = (row: 'NEW' | 'OLD', sign: '+' | '-') =>
  `INSERT INTO invoice_totals (month, status, currency, invoice_count, total_minor, paid_minor)
   VALUES (substr(${row}.issue_date, 1, 7), ${row}.status, ${row}.currency, ${sign}1, ${sign}${row}.total_minor,
     ${sign}${row}.paid_minor)
   ON CONFLICT (month, status, currency) DO UPDATE SET invoice_count = invoice_count + excluded.invoice_count,
     total_minor = total_minor + excluded.total_minor, paid_minor = paid_minor + excluded.paid_minor`;

const searchText = `lb_fold(coalesce(NEW.number, '') || ' ' || NEW.customer_name)`;

/** Derived tables kept in step with every write path (the app, seeding, a script), in the same transaction. */
const derived = [
  `CREATE TRIGGER invoice_totals_insert AFTER INSERT ON invoices BEGIN ${addToTotals('NEW', '+')}; END`,
  `CREATE TRIGGER invoice_totals_update AFTER UPDATE OF issue_date, status, currency, total_minor, paid_minor ON invoices
   BEGIN ${addToTotals('OLD', '-')}; ${addToTotals('NEW', '+')}; END`,
  `CREATE TRIGGER invoice_totals_delete AFTER DELETE ON invoices BEGIN ${addToTotals('OLD', '-')}; END`,
  `CREATE TRIGGER invoices_fts_insert AFTER INSERT ON invoices BEGIN
     INSERT INTO invoices_fts (rowid, text) VALUES (NEW.id, ${searchText});
   END`,
  `CREATE TRIGGER invoices_fts_update AFTER UPDATE OF number, customer_name ON invoices BEGIN
     UPDATE invoices_fts SET text = ${searchText} WHERE rowid = NEW.id;
   END`,
  `CREATE TRIGGER invoices_fts_delete AFTER DELETE ON invoices BEGIN
     DELETE FROM invoices_fts WHERE rowid = OLD.id;
   END`,
];

const refuse = (message: string) => `SELECT RAISE(ABORT, '${message}')`;

const statusOf = (row: 'NEW' | 'OLD') => `(SELECT status FROM invoices WHERE id = ${row}.invoice_id)`;

/** A row of an issued invoice's children may not be added, changed, removed, or moved onto or off it. */
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

// The database itself keeps issued invoices, their lines, payments and the audit log as written.
const guards = [
  `CREATE TRIGGER invoices_issued_content_frozen BEFORE UPDATE ON invoices
   WHEN OLD.status <> 'draft' AND (${issuedContent.map((column) => `NEW.${column} IS NOT OLD.${column}`).join(' OR ')})
   BEGIN ${refuse('An issued invoice cannot be edited; correct it with a credit note')}; END`,
  `CREATE TRIGGER invoices_status_forward BEFORE UPDATE OF status ON invoices
   WHEN OLD.status = 'void' OR (OLD.status <> 'draft' AND NEW.status = 'draft')
   BEGIN ${refuse('An issued or void invoice cannot go back to draft or leave void')}; END`,
  `CREATE TRIGGER invoices_issued_kept BEFORE DELETE ON invoices WHEN OLD.status <> 'draft'
   BEGIN ${refuse('An issued invoice cannot be deleted; void it or issue a credit note')}; END`,
  ...childGuards('invoice_lines', 'The lines of an issued invoice cannot change'),
  ...childGuards('invoice_recipients', 'The recipients of an issued invoice cannot change'),
  `CREATE TRIGGER invoices_void_final BEFORE UPDATE ON invoices WHEN OLD.status = 'void'
   BEGIN ${refuse('A void invoice cannot change')}; END`,
  `CREATE TRIGGER invoices_void_unpaid BEFORE UPDATE OF status ON invoices
   WHEN NEW.status = 'void' AND NEW.paid_minor > 0
   BEGIN ${refuse('An invoice with payments cannot be voided; issue a credit note')}; END`,
  `CREATE TRIGGER payments_on_open_invoices BEFORE INSERT ON payments
   WHEN (SELECT status FROM invoices WHERE id = NEW.invoice_id) NOT IN ('issued', 'partially_paid')
   BEGIN ${refuse('Payments go on issued invoices that are not fully paid')}; END`,
  `CREATE TRIGGER payments_kept BEFORE DELETE ON payments
   BEGIN ${refuse('Payments are never erased; delete one to record its removal')}; END`,
  `CREATE TRIGGER payments_content_frozen BEFORE UPDATE ON payments
   WHEN OLD.deleted_at IS NOT NULL OR NEW.invoice_id IS NOT OLD.invoice_id OR NEW.paid_on IS NOT OLD.paid_on
     OR NEW.amount_minor IS NOT OLD.amount_minor OR NEW.method IS NOT OLD.method
     OR NEW.reference IS NOT OLD.reference OR NEW.created_at IS NOT OLD.created_at
   BEGIN ${refuse('A recorded payment cannot be changed, only deleted with a reason')}; END`,
  `CREATE TRIGGER invoice_events_append_only_update BEFORE UPDATE ON invoice_events
   BEGIN ${refuse('The audit log is append-only')}; END`,
  `CREATE TRIGGER invoice_events_append_only_delete BEFORE DELETE ON invoice_events
   WHEN (SELECT status FROM invoices WHERE id = OLD.invoice_id) <> 'draft'
   BEGIN ${refuse('The audit log is append-only')}; END`,
];

const now = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

/** A new workspace can invoice at once: common rates, one template, and a yearly series per document. */
const defaults = [
  `INSERT INTO tax_rates (name, kind, components, note, is_default, created_at, updated_at) VALUES
     ('VAT 19%', 'standard', '[{"name":"VAT","rate":"19"}]', '', 1, ${now}, ${now}),
     ('VAT 7%', 'standard', '[{"name":"VAT","rate":"7"}]', '', 0, ${now}, ${now}),
     ('Reverse charge', 'reverse_charge', '[{"name":"VAT","rate":"0"}]',
      'Reverse charge: VAT to be accounted for by the recipient (Art. 196 Directive 2006/112/EC).', 0, ${now}, ${now}),
     ('Exempt', 'exempt', '[{"name":"VAT","rate":"0"}]', 'Exempt from VAT.', 0, ${now}, ${now})`,
  `INSERT INTO invoice_templates (name, is_default, terms, created_at, updated_at) VALUES
     ('Standard', 1, 'Please pay within the payment terms to the bank account below, quoting the invoice number.', ${now}, ${now})`,
  `INSERT INTO number_series (document_kind, name, pattern, yearly_reset, is_default, created_at, updated_at) VALUES
     ('invoice', 'Invoices', 'INV-{YYYY}-{SEQ:4}', 1, 1, ${now}, ${now}),
     ('credit_note', 'Credit notes', 'CN-{YYYY}-{SEQ:4}', 1, 1, ${now}, ${now}),
     ('estimate', 'Estimates', 'EST-{YYYY}-{SEQ:4}', 1, 1, ${now}, ${now})`,
  `INSERT INTO settings (key, value) VALUES
     ('profile', '{"legalName":"","address":{"line1":"","line2":"","city":"","postalCode":"","region":"","country":""},"taxId":"","email":"","phone":"","bankDetails":"","locale":"en"}'),
     ('invoice_defaults', '{"paymentTerms":"net","termsDays":14,"rounding":"half-up","priceMode":"net"}')`,
];

export const up = async (db: Kysely<unknown>) => {
  for (const statement of [...tables, ...derived, ...guards, ...defaults])
    await sql.raw(statement).execute(db);
};
