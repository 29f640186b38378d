import { type Kysely, type Selectable, sql } from 'kysely';
import {
  type EmailKind,
  type EmailRecipient,
  type MergeValues,
  mergeFieldsByKind,
  mergeFieldsIn,
  unknownMergeFields,
} from '../../shared/email';
import { localIsoDate } from '../../shared/invoice-dates';
import type { EmailDocument, OutboxFilter, OutboxList, OutboxMessage, OutboxRow } from '../../shared/outbox';
import type { OutboxMessagesTable } from '../db/email-schema';
import type { Database } from '../db/schema';
import { estimateLabel } from '../estimates/estimate-records';
import { invoiceLabel } from '../invoices/invoice-records';
import { notFound } from '../ipc/app-error';
import { readSetting } from '../settings/settings';
import { documentPdfName } from './document-pdf';
import { type EmailSource, mergeContextFor } from './merge-values';

export type OutboxRecord = Selectable<OutboxMessagesTable>;

export const sourceOf = (row: Pick<OutboxRecord, 'kind' | 'invoice_id' | 'estimate_id'>): EmailSource =>
  row.kind === 'estimate'
    ? { kind: 'estimate', estimateId: row.estimate_id ?? 0 }
    : { kind: row.kind, invoiceId: row.invoice_id ?? 0 };

export const loadOutboxRecord = async (db: Kysely<Database>, id: number): Promise<OutboxRecord> => {
  const row = await db.selectFrom('outbox_messages').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Email', id);
  return row;
};

const kindWords = { invoice: 'Invoice', credit_note: 'Credit note', estimate: 'Estimate' } as const;

/** The document a message is about: a reminder is about its invoice. */
export const documentOf = async (db: Kysely<Database>, source: EmailSource): Promise<EmailDocument> => {
  if (source.kind === 'estimate') {
    const row = await db
      .selectFrom('estimates')
      .select(['id', 'number', 'status'])
      .where('id', '=', source.estimateId)
      .executeTakeFirstOrThrow();
    return {
      kind: 'estimate',
      label: row.number ? `Estimate ${row.number}` : estimateLabel(row),
      path: `/estimates/${row.id}`,
      isDraft: row.status === 'draft',
    };
  }
  const row = await db
    .selectFrom('invoices')
    .select(['id', 'kind', 'number', 'status'])
    .where('id', '=', source.invoiceId)
    .executeTakeFirstOrThrow();
  return {
    kind: row.kind,
    label: row.number ? `${kindWords[row.kind]} ${row.number}` : invoiceLabel(row),
    path: `/invoices/${row.id}`,
    isDraft: row.status === 'draft',
  };
};

const addresses = (json: string) => JSON.parse(json) as EmailRecipient[];

const toRow = (row: OutboxRecord, document: EmailDocument): OutboxRow => ({
  id: row.id,
  kind: row.kind,
  status: row.status,
  subject: row.subject,
  to: addresses(row.to_addresses),
  document,
  attempts: row.attempts,
  lastError: row.last_error,
  nextAttemptAt: row.next_attempt_at,
  sentAt: row.sent_at,
  createdAt: row.created_at,
});

const kindNames: Record<EmailKind, string> = {
  invoice: 'an invoice email',
  estimate: 'an estimate email',
  credit_note: 'a credit note email',
  reminder: 'a reminder email',
};

/** "{{invoice.totl}} is not a field an invoice email can use", for each such field in `text`. */
export const unknownFieldMessage = (text: string, kind: EmailKind): string | null => {
  const unknown = unknownMergeFields(text, kind);
  if (unknown.length === 0) return null;
  const names = unknown.map((name) => `{{${name}}}`).join(', ');
  return `${names} ${unknown.length === 1 ? 'is not a field' : 'are not fields'} ${kindNames[kind]} can use`;
};

/** What a draft would send wrong: fields nobody fills, no recipient, a link that is still empty. */
const warningsFor = (
  row: OutboxRecord,
  document: EmailDocument,
  values: MergeValues,
  template: string,
): string[] => {
  const text = `${row.subject}\n${row.body}`;
  const warnings: string[] = [];
  const unknown = unknownFieldMessage(text, row.kind);
  if (unknown) warnings.push(`${unknown}; it would go out as typed.`);
  const known = new Set<string>(mergeFieldsByKind[row.kind]);
  const unfilled = mergeFieldsIn(text).filter(
    (name) => known.has(name) && !values[name as keyof MergeValues],
  );
  for (const name of unfilled) {
    warnings.push(
      name.endsWith('.number') && document.isDraft
        ? `{{${name}}} is filled in when sending gives ${document.label} its number.`
        : `{{${name}}} has no value for this document and would go out as typed.`,
    );
  }
  if (addresses(row.to_addresses).length === 0) warnings.push('Add at least one recipient.');
  const link = mergeFieldsIn(template).find((name) => name.endsWith('.public_url'));
  if (link) warnings.push(`{{${link}}} is left empty: documents are not published online yet.`);
  return warnings;
};

const smtpReady = async (db: Kysely<Database>) => {
  const settings = await readSetting(db, 'email');
  return settings.smtpHost !== '' && settings.fromAddress !== '';
};

export const getOutboxMessage = async (
  db: Kysely<Database>,
  id: number,
  now: Date,
): Promise<OutboxMessage> => {
  const row = await loadOutboxRecord(db, id);
  const source = sourceOf(row);
  const document = await documentOf(db, source);
  const { values } = await mergeContextFor(db, source, localIsoDate(now));
  const template = await db
    .selectFrom('email_templates')
    .select(['subject', 'body'])
    .where('kind', '=', row.kind)
    .executeTakeFirstOrThrow();
  const attachments = await db
    .selectFrom('outbox_attachments')
    .select(['file_name', sql<number>`length(content)`.as('size')])
    .where('message_id', '=', id)
    .orderBy('id')
    .execute();
  return {
    ...toRow(row, document),
    cc: addresses(row.cc_addresses),
    body: row.body,
    queuedAt: row.queued_at,
    attachments:
      row.status === 'draft'
        ? [{ fileName: await documentPdfName(db, source), size: null }]
        : attachments.map((file) => ({ fileName: file.file_name, size: file.size })),
    warnings:
      row.status === 'draft'
        ? warningsFor(row, document, values, `${template.subject}\n${template.body}`)
        : [],
    smtpReady: await smtpReady(db),
  };
};

const statusesOf: Record<Exclude<OutboxFilter, 'all'>, OutboxRecord['status'][]> = {
  drafts: ['draft'],
  queued: ['queued', 'sending'],
  sent: ['sent'],
  failed: ['failed'],
};

/** The newest 500 of one filter, plus each filter's count for the tabs. */
export const listOutbox = async (db: Kysely<Database>, filter: OutboxFilter): Promise<OutboxList> => {
  let query = db
    .selectFrom('outbox_messages')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc');
  if (filter !== 'all') query = query.where('status', 'in', statusesOf[filter]);
  const rows = await query.limit(500).execute();
  const messages = await Promise.all(
    rows.map(async (row) => toRow(row, await documentOf(db, sourceOf(row)))),
  );
  const byStatus = await db
    .selectFrom('outbox_messages')
    .select(['status', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy('status')
    .execute();
  const count = (statuses: readonly string[]) =>
    byStatus.filter((one) => statuses.includes(one.status)).reduce((sum, one) => sum + one.count, 0);
  return {
    messages,
    counts: {
      all: count(byStatus.map((one) => one.status)),
      drafts: count(statusesOf.drafts),
      queued: count(statusesOf.queued),
      sent: count(statusesOf.sent),
      failed: count(statusesOf.failed),
    },
  };
};
