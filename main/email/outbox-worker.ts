import { sendingNotSetUp } from '../../shared/email-settings';
import type { AppContext } from '../app-context';
import { loadProfile } from '../profile/profile.queries';
import { smtpAccess } from './email-settings.service';
import { mailOptionsOf } from './mail-options';
import { type Lease, leaseNextDue, nextWakeAt, noteWaiting, requeueExpiredLeases } from './outbox-lease';
import { recordDelivered, recordFailedAttempt } from './outbox-outcome';
import { describeSmtpError, smtpTransportFor } from './smtp-transport';

/** Looks at least this often, so a message queued by another process is not left waiting for long. */
const longestSleepMs = 60_000;
const shortestSleepMs = 1_000;

/** The server, password and sender for one look; null while sending is not set up. */
const senderSetUp = async (ctx: AppContext) => {
  const access = await smtpAccess(ctx);
  if (!access) return null;
  const { settings } = access;
  const profile = await loadProfile(ctx.db);
  // Without a sender address of its own, mail goes out from the business profile's email.
  const sender = settings.fromAddress
    ? { fromName: settings.fromName, fromAddress: settings.fromAddress }
    : { fromName: settings.fromName || profile.legalName, fromAddress: profile.email };
  return sender.fromAddress ? { ...access, sender } : null;
};

type SetUp = NonNullable<Awaited<ReturnType<typeof senderSetUp>>>;

type Transport = ReturnType<typeof smtpTransportFor>;

const deliver = async (
  ctx: AppContext,
  lease: Lease,
  { settings, sender }: SetUp,
  transport: Transport,
  log: (error: unknown) => void,
) => {
  const row = await ctx.db
    .selectFrom('outbox_messages')
    .select('queued_at')
    .where('id', '=', lease.id)
    .executeTakeFirstOrThrow();
  // Dated when queued, like the Message-ID: every attempt sends the very same message.
  const options = await mailOptionsOf(ctx.db, lease.id, sender, new Date(row.queued_at ?? ctx.clock()));
  try {
    await transport.sendMail(options);
  } catch (error) {
    await recordFailedAttempt(ctx, lease, describeSmtpError(error, settings));
    return;
  }
  await recordDelivered(ctx, lease, log);
};

/** One look: frees stalled leases, then sends every due message, one at a time, until none is due. */
const deliverDue = async (ctx: AppContext, stopping: AbortSignal, log: (error: unknown) => void) => {
  await requeueExpiredLeases(ctx);
  const setUp = await senderSetUp(ctx);
  if (!setUp) return noteWaiting(ctx, sendingNotSetUp);
  // One connection for the whole run: a month's invoices go out without greeting the server for each.
  const transport = smtpTransportFor(setUp.settings, setUp.password, true);
  try {
    while (!stopping.aborted) {
      const lease = await leaseNextDue(ctx);
      if (!lease) return;
      await deliver(ctx, lease, setUp, transport, log);
    }
  } finally {
    transport.close();
  }
};

export interface OutboxWorker {
  /** Settles once no look is under way or asked for: what was due has been sent or rescheduled. */
  idle: () => Promise<void>;
  stop: () => Promise<void>;
}

/**
 * Delivers queued email in the background: when the app opens, when the outbox or the settings change (in
 * any window: other processes' writes reach us through the timer), and when the next retry falls due.
 * Several processes may run it on one workspace; the lease alone decides who sends a message.
 */
export const startOutboxWorker = (ctx: AppContext, log: (error: unknown) => void): OutboxWorker => {
  const stopping = new AbortController();
  let running: Promise<void> | null = null;
  let lookAgain = false;
  let timer: NodeJS.Timeout | undefined;

  const sleep = async () => {
    const wakeAt = await nextWakeAt(ctx.db);
    if (stopping.signal.aborted) return;
    const untilDue = wakeAt === null ? longestSleepMs : Date.parse(wakeAt) - ctx.clock().getTime();
    timer = setTimeout(look, Math.min(Math.max(untilDue, shortestSleepMs), longestSleepMs));
    timer.unref();
  };

  const loop = async () => {
    do {
      lookAgain = false;
      await deliverDue(ctx, stopping.signal, log).catch(log);
    } while (lookAgain && !stopping.signal.aborted);
    if (!stopping.signal.aborted) await sleep().catch(log);
    running = null;
  };

  function look() {
    clearTimeout(timer);
    if (stopping.signal.aborted) return;
    // A change during a look (often the look's own writes) means one more look once it is done.
    if (running) lookAgain = true;
    else running = loop();
  }

  const unsubscribe = ctx.events.subscribe((event) => {
    if (event.name !== 'records.changed') return;
    if (event.payload.kinds.some((kind) => kind === 'outbox' || kind === 'settings')) look();
  });
  look();

  return {
    idle: async () => {
      while (running) await running;
    },
    stop: async () => {
      stopping.abort();
      unsubscribe();
      while (running) await running;
      clearTimeout(timer);
    },
  };
};
