import type { Kysely } from 'kysely';
import { type MergeValues, renderMergeFields } from '../../shared/email';
import { localIsoDate } from '../../shared/invoice-dates';
import type { OutboxMessage, SentMany } from '../../shared/outbox';
import type { AppContext } from '../app-context';
import type { Database } from '../db/schema';
import { write, writeDurably } from '../db/write';
import { sendEstimate } from '../estimates/estimate-lifecycle';
import { issueInvoice } from '../invoices/invoice-issue';
import { AppError } from '../ipc/app-error';
import { documentPdf } from './document-pdf';
import { type EmailSource, mergeContextFor } from './merge-values';
import { loadInState } from './outbox-drafts';
import { documentOf, getOutboxMessage, type OutboxRecord, sourceOf } from './outbox-records';

/**
 * The words as they go out: merge fields still in the text are filled, so a number that did not exist
 * when the draft was written (the document was a draft too) is there once sending has given it one.
 */
export const finalWords = (row: Pick<OutboxRecord, 'subject' | 'body'>, values: MergeValues) => ({
  subject: renderMergeFields(row.subject, values),
  body: renderMergeFields(row.body, values),
});

const notDraft = (status: string) => `This email is already ${status}; only a draft can be sent`;

/** A draft document is numbered through its own path first, so the email and its PDF carry the number. */
const numberDocument = async (ctx: AppContext, source: EmailSource) => {
  if (!(await documentOf(ctx.db, source)).isDraft) return;
  if (source.kind === 'estimate') await sendEstimate(ctx, source.estimateId);
  else await issueInvoice(ctx, source.invoiceId);
};

const queue = async (db: Kysely<Database>, ctx: AppContext, id: number) => {
  const row = await loadInState(db, id, ['draft'], notDraft);
  const now = ctx.clock();
  const source = sourceOf(row);
  const { values } = await mergeContextFor(db, source, localIsoDate(now));
  const pdf = await documentPdf(db, source, now);
  await db
    .insertInto('outbox_attachments')
    .values({
      message_id: id,
      file_name: pdf.fileName,
      content_type: 'application/pdf',
      content: Buffer.from(pdf.bytes),
    })
    .execute();
  const at = now.toISOString();
  await db
    .updateTable('outbox_messages')
    .set({
      ...finalWords(row, values),
      status: 'queued',
      attempts: 0,
      last_error: '',
      queued_at: at,
      next_attempt_at: at,
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
};

/**
 * Queues a draft for the delivery worker with the exact PDF bytes it will carry, fixed now. The document is
 * issued (an estimate sent) first when it is still a draft; if that is refused, the email stays a draft.
 */
export const sendEmail = async (ctx: AppContext, id: number): Promise<OutboxMessage> => {
  const row = await loadInState(ctx.db, id, ['draft'], notDraft);
  const missing: Record<string, string> = {};
  if (JSON.parse(row.to_addresses).length === 0) missing.to = 'Add at least one recipient';
  if (row.subject.trim() === '') missing.subject = 'Write a subject';
  if (Object.keys(missing).length > 0)
    throw new AppError('invalid_input', `Before sending: ${Object.values(missing).join('; ')}.`, missing);
  await numberDocument(ctx, sourceOf(row));
  await writeDurably(ctx, ['outbox'], (db) => queue(db, ctx, id));
  return getOutboxMessage(ctx.db, id, ctx.clock());
};

/**
 * Queues each draft in turn through the same path as one Send. A draft that is refused (no recipient, an
 * invoice that cannot be issued yet) stays a draft and is named with the reason; the others still go.
 */
export const sendEmails = async (ctx: AppContext, ids: readonly number[]): Promise<SentMany> => {
  const result: SentMany = { queued: 0, refused: [] };
  for (const id of new Set(ids)) {
    try {
      await sendEmail(ctx, id);
      result.queued += 1;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const row = await ctx.db
        .selectFrom('outbox_messages')
        .select('subject')
        .where('id', '=', id)
        .executeTakeFirst();
      result.refused.push({ id, subject: row?.subject ?? '', message: error.message });
    }
  }
  return result;
};

/** A failed email goes back in the queue, due now; its last error stays until the next attempt. */
export const retryEmail = async (ctx: AppContext, id: number): Promise<OutboxMessage> => {
  await write(ctx, ['outbox'], async (db) => {
    await loadInState(
      db,
      id,
      ['failed'],
      (status) => `This email is ${status}; only a failed email is retried`,
    );
    const at = ctx.clock().toISOString();
    await db
      .updateTable('outbox_messages')
      .set({ status: 'queued', next_attempt_at: at, lease_until: null, updated_at: at })
      .where('id', '=', id)
      .execute();
  });
  return getOutboxMessage(ctx.db, id, ctx.clock());
};

export const cancelEmail = async (ctx: AppContext, id: number): Promise<OutboxMessage> => {
  await write(ctx, ['outbox'], async (db) => {
    await loadInState(db, id, ['queued', 'failed'], (status) =>
      status === 'sending'
        ? 'This email is being sent right now and can no longer be cancelled'
        : `This email is ${status}; only a queued or failed email can be cancelled`,
    );
    const at = ctx.clock().toISOString();
    await db
      .updateTable('outbox_messages')
      .set({ status: 'cancelled', next_attempt_at: null, lease_until: null, updated_at: at })
      .where('id', '=', id)
      .execute();
  });
  return getOutboxMessage(ctx.db, id, ctx.clock());
};
