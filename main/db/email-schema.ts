import type { Generated } from 'kysely';
import type { EmailKind, OutboxStatus } from '../../shared/email';
import type { ColumnNullability } from './schema';

/** The email tables of migration 0012; schema.ts merges them into Database. */
export interface EmailTables {
  email_templates: EmailTemplatesTable;
  outbox_messages: OutboxMessagesTable;
  outbox_attachments: OutboxAttachmentsTable;
}

export interface EmailTemplatesTable {
  kind: EmailKind;
  subject: string;
  body: string;
  updated_at: string;
}

export interface OutboxMessagesTable {
  id: Generated<number>;
  kind: EmailKind;
  invoice_id: number | null;
  estimate_id: number | null;
  account_id: number | null;
  /** JSON arrays of {name, address}. */
  to_addresses: Generated<string>;
  cc_addresses: Generated<string>;
  subject: string;
  body: string;
  status: Generated<OutboxStatus>;
  attempts: Generated<number>;
  /** When a queued message is next tried. */
  next_attempt_at: string | null;
  /** A sending message belongs to the worker that leased it until then; past it, it is queued again. */
  lease_until: string | null;
  last_error: Generated<string>;
  /** RFC 5322 Message-ID, `<...>` included. */
  message_id: string;
  queued_at: string | null;
  sent_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface OutboxAttachmentsTable {
  id: Generated<number>;
  message_id: number;
  file_name: string;
  content_type: string;
  content: Buffer;
}

export const emailColumns: { [Table in keyof EmailTables]: ColumnNullability<EmailTables[Table]> } = {
  email_templates: { kind: 'not null', subject: 'not null', body: 'not null', updated_at: 'not null' },
  outbox_messages: {
    id: 'not null',
    kind: 'not null',
    invoice_id: 'nullable',
    estimate_id: 'nullable',
    account_id: 'nullable',
    to_addresses: 'not null',
    cc_addresses: 'not null',
    subject: 'not null',
    body: 'not null',
    status: 'not null',
    attempts: 'not null',
    next_attempt_at: 'nullable',
    lease_until: 'nullable',
    last_error: 'not null',
    message_id: 'not null',
    queued_at: 'nullable',
    sent_at: 'nullable',
    created_at: 'not null',
    updated_at: 'not null',
  },
  outbox_attachments: {
    id: 'not null',
    message_id: 'not null',
    file_name: 'not null',
    content_type: 'not null',
    content: 'not null',
  },
};
