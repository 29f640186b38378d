import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { databaseFileName } from '../db/workspace';
import { bundleCrashWorker, startWorker } from '../invoices/worker-process';
import { closeTestApp } from '../test-support';
import { startReminderApp } from './reminder-fixtures';

let worker: Awaited<ReturnType<typeof bundleCrashWorker>>;
beforeAll(async () => {
  worker = await bundleCrashWorker('main/reminders/reminders-worker.ts');
}, 60_000);
afterAll(() => worker?.remove());

const invoices = 40;

/** Many invoices due 2026-11-01 with late fees on their own invoice, none decided yet. */
const prepareWorkspace = async () => {
  const { app, dueOn } = await startReminderApp();
  const { steps, lateFees } = await app.call('reminders.settings', {});
  await app.call('reminders.updateSettings', {
    steps: steps.map(({ offsetDays, escalate }) => ({ offsetDays, escalate })),
    lateFees: { ...lateFees, enabled: true, mode: 'own_invoice', afterDays: 20 },
  });
  for (let index = 0; index < invoices; index++) await dueOn('2026-11-01');
  await closeTestApp(app);
  return app.workspace.dataDir;
};

const count = (db: Database.Database, query: string) => db.prepare(query).pluck().get() as number;

it('two processes deciding reminders and fees at once make each exactly once', async () => {
  const dataDir = await prepareWorkspace();
  const args = [dataDir, '2026-10-01T09:00:00.000Z', '2026-12-01T09:00:00.000Z'];
  const workers = [1, 2].map(() => startWorker(worker.file, args));
  await Promise.all(workers.map((one) => one.printed((lines) => lines.includes('ready'))));
  for (const one of workers) one.send('go');
  const codes = await Promise.all(workers.map((one) => one.exited));
  expect(codes, workers.map((one) => one.stderr()).join('\n')).toEqual([0, 0]);
  const reports = workers.map((one) => one.lines.at(-1)?.split(' ').map(Number) ?? []);
  // How the two split the work is up to SQLite's lock; together they did each invoice once.
  expect((reports[0]?.[1] ?? 0) + (reports[1]?.[1] ?? 0)).toBe(invoices);
  expect((reports[0]?.[3] ?? 0) + (reports[1]?.[3] ?? 0)).toBe(invoices);

  const db = new Database(join(dataDir, databaseFileName), { readonly: true });
  try {
    expect(count(db, 'SELECT count(*) FROM invoice_reminders')).toBe(invoices * 4);
    expect(count(db, "SELECT count(*) FROM outbox_messages WHERE kind = 'reminder'")).toBe(invoices);
    expect(count(db, "SELECT count(*) FROM activities WHERE kind = 'task'")).toBe(invoices);
    expect(count(db, 'SELECT count(*) FROM late_fees')).toBe(invoices);
    expect(count(db, "SELECT count(*) FROM invoices WHERE status = 'draft'")).toBe(invoices);
    expect(count(db, "SELECT count(DISTINCT invoice_id) FROM outbox_messages WHERE kind = 'reminder'")).toBe(
      invoices,
    );
  } finally {
    db.close();
  }
}, 90_000);
