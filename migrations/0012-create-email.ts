import { type Kysely, sql } from 'kysely';

const statements = [
  // The words of each kind of email, with {{merge.fields}}; one row per kind, edited in Settings.
  `CREATE TABLE email_templates (
     kind TEXT PRIMARY KEY CHECK (kind IN ('invoice', 'estimate', 'credit_note', 'reminder')),
     subject TEXT NOT NULL,
     body TEXT NOT NULL,
     updated_at TEXT NOT NULL)`,
  // Every email the app writes: a draft until queued, then delivered by the outbox worker with retries.
  `CREATE TABLE outbox_messages (
     id INTEGER PRIMARY KEY,
     kind TEXT NOT NULL CHECK (kind IN ('invoice', 'estimate', 'credit_note', 'reminder')),
     invoice_id INTEGER REFERENCES invoices (id) ON DELETE CASCADE,
     estimate_id INTEGER REFERENCES estimates (id) ON DELETE CASCADE,
     account_id INTEGER REFERENCES accounts (id),
     to_addresses TEXT NOT NULL DEFAULT '[]',
     cc_addresses TEXT NOT NULL DEFAULT '[]',
     subject TEXT NOT NULL,
     body TEXT NOT NULL,
     status TEXT NOT NULL DEFAULT 'draft'
       CHECK (status IN ('draft', 'queued', 'sending', 'sent', 'failed', 'cancelled')),
     attempts INTEGER NOT NULL DEFAULT 0,
     next_attempt_at TEXT,
     lease_until TEXT,
     last_error TEXT NOT NULL DEFAULT '',
     -- The RFC 5322 Message-ID, fixed when the row is made, so a retried delivery is the same message.
     message_id TEXT NOT NULL UNIQUE,
     queued_at TEXT,
     sent_at TEXT,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     CHECK ((kind = 'estimate') = (estimate_id IS NOT NULL)),
     CHECK ((kind = 'estimate') = (invoice_id IS NULL)),
     CHECK ((status = 'sent') = (sent_at IS NOT NULL)))`,
  `CREATE INDEX outbox_due ON outbox_messages (next_attempt_at) WHERE status = 'queued'`,
  `CREATE INDEX outbox_by_status ON outbox_messages (status, created_at)`,
  `CREATE INDEX outbox_by_invoice ON outbox_messages (invoice_id) WHERE invoice_id IS NOT NULL`,
  `CREATE INDEX outbox_by_estimate ON outbox_messages (estimate_id) WHERE estimate_id IS NOT NULL`,
  // The exact bytes attached when the message was queued, so what goes out is what the user saw.
  `CREATE TABLE outbox_attachments (
     id INTEGER PRIMARY KEY,
     message_id INTEGER NOT NULL REFERENCES outbox_messages (id) ON DELETE CASCADE,
     file_name TEXT NOT NULL,
     content_type TEXT NOT NULL,
     content BLOB NOT NULL)`,
  `CREATE INDEX outbox_attachments_by_message ON outbox_attachments (message_id)`,
  `CREATE TRIGGER outbox_sent_final BEFORE UPDATE ON outbox_messages WHEN OLD.status = 'sent'
   BEGIN SELECT RAISE(ABORT, 'A sent email cannot change'); END`,
  `CREATE TRIGGER outbox_sent_kept BEFORE DELETE ON outbox_messages WHEN OLD.status = 'sent'
   BEGIN SELECT RAISE(ABORT, 'A sent email is kept'); END`,
];

const template = (kind: string, subject: string, body: string) =>
  `INSERT INTO email_templates (kind, subject, body, updated_at)
   VALUES ('${kind}', '${subject}', '${body.replaceAll("'", "''")}', '1970-01-01T00:00:00.000Z')`;

const defaults = [
  template(
    'invoice',
    'Invoice {{invoice.number}} from {{seller.name}}',
    'Hello {{client.first_name}},\n\nplease find attached invoice {{invoice.number}} for {{invoice.total}}, due on {{invoice.due_date}}.\n\nThank you,\n{{seller.name}}',
  ),
  template(
    'estimate',
    'Estimate {{estimate.number}} from {{seller.name}}',
    'Hello {{client.first_name}},\n\nplease find attached estimate {{estimate.number}} for {{estimate.total}}, valid until {{estimate.valid_until}}.\n\nKind regards,\n{{seller.name}}',
  ),
  template(
    'credit_note',
    'Credit note {{credit_note.number}} for invoice {{invoice.number}}',
    'Hello {{client.first_name}},\n\nplease find attached credit note {{credit_note.number}} for {{credit_note.total}}, correcting invoice {{invoice.number}}.\n\nKind regards,\n{{seller.name}}',
  ),
  template(
    'reminder',
    'Reminder: invoice {{invoice.number}} is due',
    'Hello {{client.first_name}},\n\na friendly reminder that invoice {{invoice.number}} has {{invoice.balance}} open, due on {{invoice.due_date}}. A copy is attached.\n\nIf you have already paid, thank you and please ignore this email.\n\n{{seller.name}}',
  ),
  // SMTP settings without the password, which never enters SQLite (see main/email/secret-store.ts).
  `INSERT INTO settings (key, value) VALUES ('email', '{"fromName":"","fromAddress":"","smtpHost":"","smtpPort":587,"smtpSecurity":"starttls","smtpUsername":""}')`,
];

/** Email templates, the outbox and its attachments, and the SMTP settings row. */
export const up = async (db: Kysely<unknown>) => {
  for (const statement of [...statements, ...defaults]) await sql.raw(statement).execute(db);
};
