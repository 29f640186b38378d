import { type Kysely, sql } from 'kysely';

const refuse = (message: string) => `SELECT RAISE(ABORT, '${message}')`;

const tables = [
  // What credit notes and applied credit have settled on an invoice; its balance is total - paid - credited.
  `ALTER TABLE invoices ADD COLUMN credited_minor INTEGER NOT NULL DEFAULT 0 CHECK (credited_minor >= 0)`,
  `ALTER TABLE invoice_totals ADD COLUMN credited_minor INTEGER NOT NULL DEFAULT 0`,
  // A credit note's line that takes back part of an invoice line: which one, and how much of its quantity.
  `ALTER TABLE invoice_lines ADD COLUMN credits_line_id INTEGER REFERENCES invoice_lines (id)`,
  `ALTER TABLE invoice_lines ADD COLUMN credited_quantity TEXT`,
  `CREATE INDEX invoice_lines_by_credited_line ON invoice_lines (credits_line_id) WHERE credits_line_id IS NOT NULL`,
  `CREATE INDEX invoices_by_corrected ON invoices (corrects_invoice_id) WHERE corrects_invoice_id IS NOT NULL`,
  // Where a credit note's money went: off its invoice's balance, back to the customer, or onto a later invoice.
  // What no row accounts for is credit the customer still holds.
  `CREATE TABLE credit_applications (
     id INTEGER PRIMARY KEY,
     credit_note_id INTEGER NOT NULL REFERENCES invoices (id),
     invoice_id INTEGER NOT NULL REFERENCES invoices (id),
     kind TEXT NOT NULL CHECK (kind IN ('reduce', 'refund', 'apply')),
     amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
     method TEXT CHECK (method IN ('bank_transfer', 'card', 'cash', 'other')),
     applied_on TEXT NOT NULL,
     created_at TEXT NOT NULL,
     CHECK ((kind = 'refund') = (method IS NOT NULL)))`,
  `CREATE INDEX credit_applications_by_note ON credit_applications (credit_note_id)`,
  `CREATE INDEX credit_applications_by_invoice ON credit_applications (invoice_id)`,
];

// Credit notes are listed with invoices but owe nothing: their totals go under a status of their own.
const totalsStatus = (row: 'NEW' | 'OLD') =>
  `CASE WHEN ${row}.kind = 'credit_note' THEN 'credit_note' ELSE ${row}.status END`;

const addToTotals = (row: 'NEW' | 'OLD', sign: '+' | '-') =>
  `INSERT INTO invoice_totals (month, status, currency, invoice_count, total_minor, paid_minor, credited_minor)
   VALUES (substr(${row}.issue_date, 1, 7), ${totalsStatus(row)}, ${row}.currency, ${sign}1, ${sign}${row}.total_minor,
     ${sign}${row}.paid_minor, ${sign}${row}.credited_minor)
   ON CONFLICT (month, status, currency) DO UPDATE SET invoice_count = invoice_count + excluded.invoice_count,
     total_minor = total_minor + excluded.total_minor, paid_minor = paid_minor + excluded.paid_minor,
     credited_minor = credited_minor + excluded.credited_minor`;

const totals = [
  `DROP TRIGGER invoice_totals_insert`,
  `DROP TRIGGER invoice_totals_update`,
  `DROP TRIGGER invoice_totals_delete`,
  `CREATE TRIGGER invoice_totals_insert AFTER INSERT ON invoices BEGIN ${addToTotals('NEW', '+')}; END`,
  `CREATE TRIGGER invoice_totals_update
   AFTER UPDATE OF issue_date, status, currency, total_minor, paid_minor, credited_minor, kind ON invoices
   BEGIN ${addToTotals('OLD', '-')}; ${addToTotals('NEW', '+')}; END`,
  `CREATE TRIGGER invoice_totals_delete AFTER DELETE ON invoices BEGIN ${addToTotals('OLD', '-')}; END`,
];

const creditedSoFar = (exceptId: string) =>
  `(SELECT coalesce(sum(total_minor), 0) FROM invoices WHERE kind = 'credit_note'
     AND corrects_invoice_id = NEW.corrects_invoice_id AND status <> 'draft' AND id <> ${exceptId})`;

const corrected = (column: string) => `(SELECT ${column} FROM invoices WHERE id = NEW.corrects_invoice_id)`;

/** An issued credit note corrects one issued invoice and takes back at most what is still creditable on it. */
const noteWithinInvoice = `NEW.kind = 'credit_note' AND NEW.status <> 'draft' AND (
  NEW.total_minor <= 0
  OR coalesce(${corrected('kind')}, '') <> 'invoice'
  OR ${corrected('status')} NOT IN ('issued', 'partially_paid', 'paid')
  OR ${creditedSoFar('NEW.id')} + NEW.total_minor > ${corrected('total_minor')})`;

const creditedQuantity = `(SELECT coalesce(sum(CAST(credited_quantity AS REAL)), 0) FROM invoice_lines
  WHERE credits_line_id = NEW.credits_line_id)`;

const noteOf = (column: string) => `(SELECT ${column} FROM invoices WHERE id = NEW.credit_note_id)`;
const targetOf = (column: string) => `(SELECT ${column} FROM invoices WHERE id = NEW.invoice_id)`;

const guards = [
  `CREATE TRIGGER invoices_settled_within_total BEFORE UPDATE OF paid_minor, credited_minor ON invoices
   WHEN NEW.credited_minor > 0 AND NEW.paid_minor + NEW.credited_minor > max(NEW.total_minor, 0)
   BEGIN ${refuse('Payments and credits cannot exceed the invoice total')}; END`,
  `CREATE TRIGGER credit_notes_within_invoice_issue BEFORE UPDATE OF status ON invoices
   WHEN OLD.status = 'draft' AND ${noteWithinInvoice}
   BEGIN ${refuse('A credit note cannot exceed what is still creditable on an issued invoice')}; END`,
  `CREATE TRIGGER credit_notes_within_invoice_insert BEFORE INSERT ON invoices WHEN ${noteWithinInvoice}
   BEGIN ${refuse('A credit note cannot exceed what is still creditable on an issued invoice')}; END`,
  `CREATE TRIGGER credit_lines_within_quantity BEFORE INSERT ON invoice_lines
   WHEN NEW.credits_line_id IS NOT NULL AND (NEW.credited_quantity IS NULL
     OR CAST(NEW.credited_quantity AS REAL) <= 0
     OR ${creditedQuantity} + CAST(NEW.credited_quantity AS REAL)
       > (SELECT CAST(quantity AS REAL) FROM invoice_lines WHERE id = NEW.credits_line_id) + 0.00001)
   BEGIN ${refuse('A credit note cannot take back more of a line than was invoiced')}; END`,
  `CREATE TRIGGER payments_not_on_credit_notes BEFORE INSERT ON payments
   WHEN (SELECT kind FROM invoices WHERE id = NEW.invoice_id) = 'credit_note'
   BEGIN ${refuse('A credit note takes no payments')}; END`,
  `CREATE TRIGGER credit_applications_within_note BEFORE INSERT ON credit_applications
   WHEN coalesce(${noteOf('kind')}, '') <> 'credit_note' OR ${noteOf('status')} = 'draft'
     OR (SELECT coalesce(sum(amount_minor), 0) FROM credit_applications WHERE credit_note_id = NEW.credit_note_id)
       + NEW.amount_minor > ${noteOf('total_minor')}
   BEGIN ${refuse('A credit note cannot give out more than it is worth')}; END`,
  `CREATE TRIGGER credit_applications_same_customer BEFORE INSERT ON credit_applications
   WHEN ${targetOf('kind')} <> 'invoice'
     OR ${targetOf('currency')} <> ${noteOf('currency')}
     OR (NEW.kind = 'apply' AND ${targetOf('account_id')} IS NOT ${noteOf('account_id')})
     OR (NEW.kind <> 'apply' AND NEW.invoice_id <> ${noteOf('corrects_invoice_id')})
   BEGIN ${refuse('Credit goes to an invoice of the same customer and currency')}; END`,
  `CREATE TRIGGER credit_applications_kept_update BEFORE UPDATE ON credit_applications
   BEGIN ${refuse('Credit applications are never changed')}; END`,
  `CREATE TRIGGER credit_applications_kept_delete BEFORE DELETE ON credit_applications
   BEGIN ${refuse('Credit applications are never changed')}; END`,
];

export const up = async (db: Kysely<unknown>) => {
  for (const statement of [...tables, ...totals, ...guards]) await sql.raw(statement).execute(db);
};
