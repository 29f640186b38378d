import type { Kysely } from 'kysely';
import type { AppContext } from '../app-context';
import type { Database } from '../db/schema';
import { write } from '../db/write';
import { balanceOf, loadInvoiceRecord } from '../invoices/invoice-records';

/** How long a worker owns a message it is sending; past it, the message is another worker's to try. */
export const leaseMs = 2 * 60_000;

export const paidBeforeReminder = 'The invoice was paid before this reminder went out';

export interface Lease {
  id: number;
  /** The lease's own expiry, so only the worker that took it can record the outcome. */
  leaseUntil: string;
}

const dueQueued = (db: Kysely<Database>, now: string) =>
  db
    .selectFrom('outbox_messages')
    .select(['id', 'kind', 'invoice_id'])
    .where('status', '=', 'queued')
    .where('next_attempt_at', '<=', now)
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(1);

/** A reminder is about an open balance; once paid, voided or credited to zero it must not go out. */
const reminderStillDue = async (db: Kysely<Database>, invoiceId: number | null) => {
  if (invoiceId === null) return false;
  const invoice = await loadInvoiceRecord(db, invoiceId);
  return invoice.status !== 'void' && balanceOf(invoice) > 0;
};

/**
 * Takes the oldest due message for this worker: status 'sending' until now + leaseMs. The transaction holds
 * the write lock from its first read, so when two processes look at once only one gets each message.
 * A reminder found paid is cancelled on the way. Returns null when nothing is due.
 */
export const leaseNextDue = async (ctx: AppContext): Promise<Lease | null> => {
  // Read first, outside the lock: most looks find nothing, and a write would wake every worker again.
  if (!(await dueQueued(ctx.db, ctx.clock().toISOString()).executeTakeFirst())) return null;
  return write(ctx, ['outbox'], async (trx) => {
    const now = ctx.clock();
    const at = now.toISOString();
    for (;;) {
      const due = await dueQueued(trx, at).executeTakeFirst();
      if (!due) return null;
      if (due.kind === 'reminder' && !(await reminderStillDue(trx, due.invoice_id))) {
        await trx
          .updateTable('outbox_messages')
          .set({ status: 'cancelled', next_attempt_at: null, last_error: paidBeforeReminder, updated_at: at })
          .where('id', '=', due.id)
          .execute();
        continue;
      }
      const leaseUntil = new Date(now.getTime() + leaseMs).toISOString();
      await trx
        .updateTable('outbox_messages')
        .set({ status: 'sending', lease_until: leaseUntil, updated_at: at })
        .where('id', '=', due.id)
        .execute();
      return { id: due.id, leaseUntil };
    }
  });
};

const expired = (db: Kysely<Database>, now: string) =>
  db
    .selectFrom('outbox_messages')
    .select('id')
    .where('status', '=', 'sending')
    .where('lease_until', '<', now);

/**
 * A 'sending' message whose lease ran out belongs to a worker that crashed or was killed mid-send: it goes
 * back to the queue. The server may have received it already; delivery is at least once, and the fixed
 * Message-ID lets mail clients drop the copy.
 */
export const requeueExpiredLeases = async (ctx: AppContext) => {
  if (!(await expired(ctx.db, ctx.clock().toISOString()).executeTakeFirst())) return;
  await write(ctx, ['outbox'], async (trx) => {
    const at = ctx.clock().toISOString();
    await trx
      .updateTable('outbox_messages')
      .set({
        status: 'queued',
        lease_until: null,
        next_attempt_at: at,
        last_error: 'Sending was interrupted; trying again',
        updated_at: at,
      })
      .where('id', 'in', expired(trx, at))
      .execute();
  });
};

/** Due messages say why they wait while no server is set up; written once, so a look that finds them writes nothing. */
export const noteWaiting = async (ctx: AppContext, reason: string) => {
  const waiting = (db: Kysely<Database>, now: string) =>
    db
      .selectFrom('outbox_messages')
      .select('id')
      .where('status', '=', 'queued')
      .where('next_attempt_at', '<=', now)
      .where('last_error', '!=', reason);
  if (!(await waiting(ctx.db, ctx.clock().toISOString()).executeTakeFirst())) return;
  await write(ctx, ['outbox'], (trx) =>
    trx
      .updateTable('outbox_messages')
      .set({ last_error: reason })
      .where('id', 'in', waiting(trx, ctx.clock().toISOString()))
      .execute(),
  );
};

/** When the worker should look next: the earliest queued attempt or lease expiry, or null if none. */
export const nextWakeAt = async (db: Kysely<Database>): Promise<string | null> => {
  const row = await db
    .selectFrom('outbox_messages')
    .select((eb) => [
      eb.fn.min('next_attempt_at').filterWhere('status', '=', 'queued').as('attempt'),
      eb.fn.min('lease_until').filterWhere('status', '=', 'sending').as('lease'),
    ])
    .executeTakeFirst();
  const times = [row?.attempt, row?.lease].filter((time): time is string => typeof time === 'string');
  return times.sort()[0] ?? null;
};
