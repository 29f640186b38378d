import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { renderMergeFields } from '../../shared/email';
import type { Database } from '../db/schema';
import { type EmailSource, mergeContextFor } from './merge-values';

/** A Message-ID fixed when the draft is made: a retried delivery stays the same message to mail clients. */
export const newMessageId = () => `<${randomUUID()}@lumenbase.invalid>`;

/**
 * Writes a draft email for `source` into the outbox: its kind's template filled with the document's merge
 * fields, addressed to the document's contacts. Runs inside the caller's transaction.
 */
export const createEmailDraft = async (
  trx: Kysely<Database>,
  source: EmailSource,
  now: Date,
  today: string,
): Promise<number> => {
  const template = await trx
    .selectFrom('email_templates')
    .select(['subject', 'body'])
    .where('kind', '=', source.kind)
    .executeTakeFirstOrThrow();
  const { values, to, accountId } = await mergeContextFor(trx, source, today);
  const at = now.toISOString();
  const { id } = await trx
    .insertInto('outbox_messages')
    .values({
      kind: source.kind,
      invoice_id: source.kind === 'estimate' ? null : source.invoiceId,
      estimate_id: source.kind === 'estimate' ? source.estimateId : null,
      account_id: accountId,
      to_addresses: JSON.stringify(to),
      subject: renderMergeFields(template.subject, values),
      body: renderMergeFields(template.body, values),
      message_id: newMessageId(),
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
};
