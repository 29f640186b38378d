import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays } from '../../shared/invoice-dates';
import { databaseFileName } from '../db/workspace';
import { bundleCrashWorker, startWorker } from '../invoices/worker-process';
import { closeTestApp } from '../test-support';
import { startScheduleApp } from './schedule-fixtures';

let worker: Awaited<ReturnType<typeof bundleCrashWorker>>;
beforeAll(async () => {
  worker = await bundleCrashWorker('main/recurring/catch-up-worker.ts');
}, 60_000);
afterAll(() => worker?.remove());

/** A daily schedule from 2025-01-01, made while the clock says 2024, so there is plenty to catch up. */
const prepareWorkspace = async () => {
  const { app, monthly } = await startScheduleApp();
  await monthly({ unit: 'day', startDate: '2025-01-01' });
  await closeTestApp(app);
  return app.workspace.dataDir;
};
const opensAt = '2024-12-01T09:00:00.000Z';
const catchUpAt = '2026-11-24T09:00:00.000Z';
const periods = 693; // 2025-01-01 through 2026-11-24

/** Every invoice with its run and every run with its invoice: a period is made whole or not at all. */
const orphans = (db: Database.Database) =>
  db
    .prepare(
      `SELECT (SELECT count(*) FROM invoices i WHERE NOT EXISTS
                 (SELECT 1 FROM schedule_runs r WHERE r.invoice_id = i.id))
            + (SELECT count(*) FROM schedule_runs WHERE invoice_id IS NULL)`,
    )
    .pluck()
    .get();

it('two processes catching up at once make each missed period once', async () => {
  const dataDir = await prepareWorkspace();
  const workers = [1, 2].map(() => startWorker(worker.file, [dataDir, opensAt, catchUpAt]));
  await Promise.all(workers.map((one) => one.printed((lines) => lines.includes('ready'))));
  for (const one of workers) one.send('go');
  const codes = await Promise.all(workers.map((one) => one.exited));
  expect(codes, workers.map((one) => one.stderr()).join('\n')).toEqual([0, 0]);
  const created = workers.map((one) => Number(one.lines.at(-1)?.split(' ')[1]));
  // Both ran at once and together made exactly all of them. How they split the work is up to SQLite's lock
  // and the OS scheduler: on a busy machine one process may take every period, so the split is not asserted.
  expect((created[0] ?? 0) + (created[1] ?? 0)).toBe(periods);

  const db = new Database(join(dataDir, databaseFileName), { readonly: true });
  try {
    const dates = db.prepare('SELECT issue_date FROM invoices ORDER BY issue_date').pluck().all();
    expect(dates).toHaveLength(periods);
    expect(new Set(dates).size).toBe(periods);
    expect(dates.at(-1)).toBe('2026-11-24');
    expect(orphans(db)).toBe(0);
  } finally {
    db.close();
  }
}, 90_000);

it('a catch-up killed mid-run never leaves a period half made, and the next one finishes it', async () => {
  const dataDir = await prepareWorkspace();
  const db = new Database(join(dataDir, databaseFileName), { readonly: true });
  const made = () => db.prepare('SELECT count(*) FROM schedule_runs').pluck().get() as number;
  try {
    for (let round = 0; round < 4; round++) {
      const child = startWorker(worker.file, [dataDir, opensAt, catchUpAt]);
      await child.printed((lines) => lines.includes('ready'));
      const before = made();
      child.send('go');
      while (made() < before + 20 + round * 7) await sleep(2);
      child.child.kill('SIGKILL');
      await child.exited;
      expect(made()).toBeLessThan(periods);
      expect(orphans(db)).toBe(0);
    }
    const finisher = startWorker(worker.file, [dataDir, opensAt, catchUpAt]);
    await finisher.printed((lines) => lines.includes('ready'));
    finisher.send('go');
    expect(await finisher.exited, finisher.stderr()).toBe(0);
    const dates = db.prepare('SELECT issue_date FROM invoices ORDER BY issue_date').pluck().all();
    expect(dates).toEqual(Array.from({ length: periods }, (_, day) => addDays('2025-01-01', day)));
    expect(orphans(db)).toBe(0);
  } finally {
    db.close();
  }
}, 90_000);
