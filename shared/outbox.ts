import { z } from 'zod';
import { type EmailKind, type EmailRecipient, emailKinds, emailRecipient, type OutboxStatus } from './email';
import { byIdInput, recordId, text } from './fields';
import { type ChannelSpec, returns } from './ipc/channel';

/** The documents a person emails by hand; reminders are written by the app. */
export const composeInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['invoice', 'credit_note']), invoiceId: recordId }).strict(),
  z.object({ kind: z.literal('estimate'), estimateId: recordId }).strict(),
]);
export type ComposeInput = z.input<typeof composeInput>;

const recipients = z.array(emailRecipient).max(50, 'Use at most 50 addresses');

export const outboxUpdateInput = z
  .object({
    id: recordId,
    to: recipients,
    cc: recipients,
    subject: text(500),
    body: z.string().max(50_000, 'Use at most 50,000 characters'),
  })
  .strict();
export type OutboxUpdateInput = z.input<typeof outboxUpdateInput>;

/** The outbox page's filters; a message being sent counts as queued. */
export const outboxFilters = ['all', 'drafts', 'queued', 'sent', 'failed'] as const;
export type OutboxFilter = (typeof outboxFilters)[number];

/** The document an email is about, named and linked as the UI shows it. */
export interface EmailDocument {
  kind: 'invoice' | 'credit_note' | 'estimate';
  label: string;
  /** The app route that opens it, e.g. /invoices/3. */
  path: string;
  /** Still a draft: sending issues (or sends) it first, so it gets its number. */
  isDraft: boolean;
}

export interface OutboxRow {
  id: number;
  kind: EmailKind;
  status: OutboxStatus;
  subject: string;
  to: EmailRecipient[];
  document: EmailDocument;
  attempts: number;
  lastError: string;
  nextAttemptAt: string | null;
  sentAt: string | null;
  createdAt: string;
}

export interface OutboxAttachment {
  fileName: string;
  /** Bytes; null while a draft, whose PDF is made when it is queued. */
  size: number | null;
}

export interface OutboxMessage extends OutboxRow {
  cc: EmailRecipient[];
  body: string;
  queuedAt: string | null;
  attachments: OutboxAttachment[];
  /** What would go out wrong or incomplete, in plain sentences. */
  warnings: string[];
  /** Whether an SMTP server and sender are set, so queued messages can leave. */
  smtpReady: boolean;
}

export interface OutboxList {
  messages: OutboxRow[];
  counts: Record<OutboxFilter, number>;
}

/** What sending several drafts came to: the ones queued, and each refused one with the reason. */
export interface SentMany {
  queued: number;
  refused: { id: number; subject: string; message: string }[];
}

export interface EmlFile {
  fileName: string;
  base64: string;
  /** True when the desktop app wrote the file and handed it to the mail app; otherwise download it. */
  opened: boolean;
}

export const outboxChannels = {
  'outbox.compose': {
    summary: 'The open email draft for a document, or a new one filled from its template',
    input: composeInput,
    output: returns<OutboxMessage>(),
  },
  'outbox.get': {
    summary: 'One email with its document, attachments, delivery state and warnings',
    input: byIdInput,
    output: returns<OutboxMessage>(),
  },
  'outbox.update': {
    summary: 'Change a draft email’s recipients, subject and text',
    input: outboxUpdateInput,
    output: returns<OutboxMessage>(),
  },
  'outbox.discard': {
    summary: 'Delete a draft or cancelled email',
    input: byIdInput,
    output: returns<{ id: number }>(),
  },
  'outbox.send': {
    summary:
      'Queue a draft email with its document’s PDF fixed; a draft invoice is issued (an estimate sent) first',
    input: byIdInput,
    output: returns<OutboxMessage>(),
  },
  'outbox.sendMany': {
    summary: 'Queue several draft emails at once (a morning’s reminders); each one refused stays a draft',
    input: z
      .object({
        ids: z.array(recordId).min(1, 'Choose at least one email').max(500, 'Send at most 500 at once'),
      })
      .strict(),
    output: returns<SentMany>(),
  },
  'outbox.exportEml': {
    summary: 'The email as an .eml file marked unsent, opened in the mail app when the host can',
    input: byIdInput,
    output: returns<EmlFile>(),
  },
  'outbox.list': {
    summary: 'Emails newest first, with how many are in each state',
    input: z.object({ status: z.enum(outboxFilters).default('all') }).strict(),
    output: returns<OutboxList>(),
  },
  'outbox.retry': {
    summary: 'Try a failed email again now',
    input: byIdInput,
    output: returns<OutboxMessage>(),
  },
  'outbox.cancel': {
    summary: 'Withdraw a queued or failed email; it is not sent',
    input: byIdInput,
    output: returns<OutboxMessage>(),
  },
} satisfies Record<`outbox.${string}`, ChannelSpec>;

export interface EmailTemplate {
  kind: EmailKind;
  subject: string;
  body: string;
  /** The merge fields this kind can use, in the order the editor lists them. */
  fields: string[];
}

export const emailTemplateChannels = {
  'emailTemplates.list': {
    summary: 'The subject and text of each kind of email, with the merge fields each can use',
    input: z.object({}).strict(),
    output: returns<EmailTemplate[]>(),
  },
  'emailTemplates.update': {
    summary: 'Change one kind’s subject and text; unknown merge fields are refused',
    input: z
      .object({
        kind: z.enum(emailKinds),
        subject: text(500).min(1, 'Write a subject'),
        body: z.string().max(50_000, 'Use at most 50,000 characters'),
      })
      .strict(),
    output: returns<EmailTemplate>(),
  },
} satisfies Record<`emailTemplates.${string}`, ChannelSpec>;
