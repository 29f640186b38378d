import { z } from 'zod';
import { emailAddress } from './fields';

/** What an email is about; each kind has one template. A reminder is about an invoice. */
export const emailKinds = ['invoice', 'estimate', 'credit_note', 'reminder'] as const;
export type EmailKind = (typeof emailKinds)[number];

/**
 * An outbox message's life: a draft is edited; queued waits for its next attempt; sending is leased to one
 * worker; failed needs the user (a refused address, wrong credentials); cancelled was withdrawn.
 */
export const outboxStatuses = ['draft', 'queued', 'sending', 'sent', 'failed', 'cancelled'] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

const clientFields = ['client.first_name', 'client.last_name', 'client.name', 'company.name'] as const;
const sellerFields = ['seller.name', 'seller.email'] as const;
const invoiceFields = [
  'invoice.number',
  'invoice.total',
  'invoice.balance',
  'invoice.issue_date',
  'invoice.due_date',
  'invoice.days_overdue',
  'invoice.public_url',
] as const;

/** The merge fields each kind of email can use, in the order the template editor lists them. */
export const mergeFieldsByKind = {
  invoice: [...clientFields, ...invoiceFields, ...sellerFields],
  reminder: [...clientFields, ...invoiceFields, ...sellerFields],
  estimate: [
    ...clientFields,
    'estimate.number',
    'estimate.total',
    'estimate.issue_date',
    'estimate.valid_until',
    'estimate.public_url',
    ...sellerFields,
  ],
  credit_note: [
    ...clientFields,
    'credit_note.number',
    'credit_note.total',
    'credit_note.issue_date',
    'invoice.number',
    ...sellerFields,
  ],
} as const satisfies Record<EmailKind, readonly string[]>;

export type MergeField = (typeof mergeFieldsByKind)[EmailKind][number];
export type MergeValues = Partial<Record<MergeField, string>>;

const fieldPattern = /\{\{\s*([a-z_]+(?:\.[a-z_]+)+)\s*\}\}/g;

/** Fills `{{field}}`s with their values; a field this kind does not know stays as typed, to be seen. */
export const renderMergeFields = (text: string, values: MergeValues): string =>
  text.replace(fieldPattern, (whole, name: string) => values[name as MergeField] ?? whole);

/** Every `{{field}}` still in `text`, each once. */
export const mergeFieldsIn = (text: string): string[] => [
  ...new Set([...text.matchAll(fieldPattern)].map((match) => match[1] as string)),
];

/** The `{{fields}}` in `text` that an email of `kind` cannot fill, each once. */
export const unknownMergeFields = (text: string, kind: EmailKind): string[] => {
  const known = new Set<string>(mergeFieldsByKind[kind]);
  return [...new Set([...text.matchAll(fieldPattern)].map((match) => match[1] as string))].filter(
    (name) => !known.has(name),
  );
};

export const smtpSecurities = ['tls', 'starttls', 'none'] as const;
export type SmtpSecurity = (typeof smtpSecurities)[number];

/** The sender and SMTP server; the password is kept apart, in the host's secret store. */
export interface EmailSettings {
  fromName: string;
  fromAddress: string;
  smtpHost: string;
  smtpPort: number;
  smtpSecurity: SmtpSecurity;
  smtpUsername: string;
}

export interface EmailRecipient {
  name: string;
  address: string;
}

export const emailRecipient = z
  .object({
    name: z.string().trim().max(200, 'Use at most 200 characters'),
    address: emailAddress,
  })
  .strict();
