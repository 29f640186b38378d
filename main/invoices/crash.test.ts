import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp } from '../app';
import { createRandom } from '../seed/random';
import { makeTempDir } from '../test-support';
import { bundleCrashWorker, numberingProblems, startWorker } from './worker-process';

const kills = 55;
const seed = 20261124;

let worker: Awaited<ReturnType<typeof bundleCrashWorker>>;
beforeAll(async () => {
  worker = await bundleCrashWorker();
}, 60_000);
afterAll(() => worker?.remove());

/** A workspace a child can invoice from: a seller's name and one customer. */
const prepareWorkspace = async (dataDir: string) => {
  const app = await startApp({ dataDir, log: () => {} });
  await app.dispatch('profile.update', { legalName: 'Crash Test Consulting' });
  await app.dispatch('companies.create', { name: 'Kill -9 GmbH' });
  await app.close();
};

interface Reported {
  issued: Map<number, string>;
  payments: Map<number, { invoiceId: number; amountMinor: number }>;
  unpaid: Set<number>;
}

const readLine = (line: string, reported: Reported) => {
  const [step, ...rest] = line.split(' ');
  const [a = 0, b = 0, c = 0] = rest.map(Number);
  if (step === 'issued') reported.issued.set(a, rest[1] ?? '');
  if (step === 'paid') reported.payments.set(b, { invoiceId: a, amountMinor: c });
  if (step === 'unpaid') reported.unpaid.add(b);
};

it(`keeps every confirmed invoice and payment, gapless, through ${kills} SIGKILLs`, async () => {
  const dataDir = makeTempDir();
  await prepareWorkspace(dataDir);
  const random = createRandom(seed, 'crash-test');
  const reported: Reported = { issued: new Map(), payments: new Map(), unpaid: new Set() };
  let killedMidWork = 0;
  for (let round = 0; round < kills; round++) {
    const child = startWorker(worker.file, [dataDir, 'loop', String(seed + round)]);
    // One kill in five lands while the app opens. The rest wait for a few steps to be confirmed, so they
    // land mid-work however busy the machine is, then a few ms more to fall anywhere inside a step.
    const duringStartup = random.chance(0.2);
    const steps = random.int(1, 8);
    const working = duringStartup || (await child.printed((lines) => lines.length > steps));
    const running = await Promise.race([
      sleep(duringStartup ? random.int(0, 150) : random.int(0, 15)).then(() => working),
      child.exited.then(() => false),
    ]);
    if (!running) throw new Error(`The worker stopped by itself:\n${child.stderr()}`);
    child.child.kill('SIGKILL');
    await child.exited;
    if (child.lines.some((line) => line.startsWith('issued'))) killedMidWork++;
    for (const line of child.lines) readLine(line, reported);
  }

  const app = await startApp({ dataDir, log: () => {} });
  try {
    const { sqlite } = app.workspace;
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(killedMidWork).toBeGreaterThan(kills / 2);
    expect(reported.issued.size).toBeGreaterThan(kills);

    const numberOf = sqlite.prepare("SELECT number FROM invoices WHERE id = ? AND status <> 'draft'").pluck();
    for (const [id, number] of reported.issued) expect(numberOf.get(id), `invoice ${id}`).toBe(number);
    expect(numberingProblems(sqlite)).toEqual([]);

    const payment = sqlite.prepare('SELECT invoice_id, amount_minor, deleted_at FROM payments WHERE id = ?');
    for (const [id, { invoiceId, amountMinor }] of reported.payments) {
      const row = payment.get(id) as { invoice_id: number; amount_minor: number; deleted_at: string | null };
      expect(row).toMatchObject({ invoice_id: invoiceId, amount_minor: amountMinor });
      if (reported.unpaid.has(id)) expect(row.deleted_at).not.toBeNull();
    }
    const drifted = sqlite
      .prepare(
        `SELECT i.id FROM invoices i
         WHERE i.paid_minor <> (SELECT coalesce(sum(amount_minor), 0) FROM payments p
                                WHERE p.invoice_id = i.id AND p.deleted_at IS NULL)
            OR i.status <> CASE WHEN i.status IN ('draft', 'void') THEN i.status
                                WHEN i.paid_minor = 0 THEN 'issued'
                                WHEN i.paid_minor = i.total_minor THEN 'paid' ELSE 'partially_paid' END`,
      )
      .pluck()
      .all();
    expect(drifted).toEqual([]);
  } finally {
    await app.close();
  }
}, 90_000);
