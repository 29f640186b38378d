import type { Kysely, Selectable } from 'kysely';
import type { EmailRecipient } from '../../shared/email';
import type { RecordKind } from '../../shared/workspace';
import type { AppContext } from '../app-context';
import type { OutboxMessagesTable } from '../db/email-schema';
import type { Database } from '../db/schema';
import { write } from '../db/write';
import { logEstimateEvent } from '../estimates/estimate-records';
import { logInvoiceEvent } from '../invoices/audit-log';
import type { Lease } from './outbox-lease';
import type { SmtpFailure } from './smtp-transport';

const minuteMs = 60_000;
const longestWaitMs = 30 * minuteMs;

/** 1, 2, 4, 8, 16 minutes, then every 30: a short outage passes unnoticed, a long one costs little. */
export const retryDelayMs = (attempts: number) =>
  Math.min(minuteMs * 2 ** Math.max(0, attempts - 1), longestWaitMs);

/** Only the worker holding this lease may record an outcome; a message re-leased after a stall is not ours. */
const ours = (db: Kysely<Database>, lease: Lease) =>
  db
    .updateTable('outbox_messages')
    .where('id', '=', lease.id)
    .where('status', '=', 'sending')
    .where('lease_until', '=', lease.leaseUntil);

const sentAt = (at: string) =>
  ({
    status: 'sent',
    sent_at: at,
    lease_until: null,
    next_attempt_at: null,
    last_error: '',
    updated_at: at,
  }) as const;

const recipientsOf = (row: { to_addresses: string; cc_addresses: string }) =>
  [...JSON.parse(row.to_addresses), ...JSON.parse(row.cc_addresses)]
    .map((recipient: EmailRecipient) => recipient.address)
    .join(', ');

type OutboxRow = Selectable<OutboxMessagesTable>;

/** Who the email's activity is about: the document's company and account, and its first recipient. */
const linksOf = async (db: Kysely<Database>, row: OutboxRow) => {
  const document =
    row.estimate_id === null
      ? db
          .selectFrom('invoices')
          .leftJoin('invoice_recipients as r', (join) =>
            join.onRef('r.invoice_id', '=', 'invoices.id').on('r.position', '=', 0),
          )
          .select(['company_id', 'account_id', 'r.contact_id'])
          .where('invoices.id', '=', row.invoice_id)
      : db
          .selectFrom('estimates')
          .leftJoin('estimate_recipients as r', (join) =>
            join.onRef('r.estimate_id', '=', 'estimates.id').on('r.position', '=', 0),
          )
          .select(['company_id', 'account_id', 'r.contact_id'])
          .where('estimates.id', '=', row.estimate_id);
  const links = await document.executeTakeFirst();
  return {
    contact_id: links?.contact_id ?? null,
    company_id: links?.company_id ?? null,
    account_id: row.account_id ?? links?.account_id ?? null,
  };
};

/**
 * Marks the message sent and, in the same transaction, logs it where people look: an outbound email activity
 * on the document's account and company, and an 'emailed' event in the invoice's or estimate's history.
 */
const recordSentAndLogged = (ctx: AppContext, lease: Lease) => {
  const kinds: RecordKind[] = ['outbox', 'activities', 'invoices', 'estimates'];
  return write(ctx, kinds, async (trx) => {
    const at = ctx.clock().toISOString();
    const updated = await ours(trx, lease).set(sentAt(at)).executeTakeFirst();
    if (updated.numUpdatedRows === 0n) return;
    const row = await trx
      .selectFrom('outbox_messages')
      .selectAll()
      .where('id', '=', lease.id)
      .executeTakeFirstOrThrow();
    const to = recipientsOf(row);
    const links = await linksOf(trx, row);
    if (links.contact_id !== null || links.company_id !== null || links.account_id !== null) {
      await trx
        .insertInto('activities')
        .values({
          kind: 'email',
          direction: 'outbound',
          subject: row.subject,
          body: `To: ${to}`,
          occurred_at: at,
          due_date: null,
          done_at: null,
          ...links,
          lead_id: null,
          deal_id: null,
          invoice_id: row.invoice_id,
          created_at: at,
          updated_at: at,
        })
        .execute();
    }
    if (row.invoice_id !== null) await logInvoiceEvent(trx, row.invoice_id, 'emailed', { to }, at);
    if (row.estimate_id !== null) await logEstimateEvent(trx, row.estimate_id, 'emailed', { to }, at);
  });
};

/**
 * The server has the message, so it must end up 'sent' whatever happens to the logging: left 'sending', its
 * lease would run out and it would go out again, every two minutes, for as long as the logging fails.
 */
export const recordDelivered = async (ctx: AppContext, lease: Lease, log: (error: unknown) => void) => {
  try {
    await recordSentAndLogged(ctx, lease);
  } catch (error) {
    log(error);
    await write(ctx, ['outbox'], (trx) => ours(trx, lease).set(sentAt(ctx.clock().toISOString())).execute());
  }
};

/** A transient failure goes back to the queue after a growing wait; a permanent one waits for the user. */
export const recordFailedAttempt = (ctx: AppContext, lease: Lease, failure: SmtpFailure) =>
  write(ctx, ['outbox'], async (trx) => {
    const now = ctx.clock();
    const row = await trx
      .selectFrom('outbox_messages')
      .select('attempts')
      .where('id', '=', lease.id)
      .executeTakeFirstOrThrow();
    const attempts = row.attempts + 1;
    await ours(trx, lease)
      .set({
        status: failure.permanent ? 'failed' : 'queued',
        attempts,
        next_attempt_at: failure.permanent
          ? null
          : new Date(now.getTime() + retryDelayMs(attempts)).toISOString(),
        lease_until: null,
        last_error: failure.reason,
        updated_at: now.toISOString(),
      })
      .execute();
  });
