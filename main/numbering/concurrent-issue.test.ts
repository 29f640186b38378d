import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp } from '../app';
import { bundleCrashWorker, numberingProblems, startWorker } from '../invoices/worker-process';
import { makeTempDir } from '../test-support';

const perProcess = 120;

let worker: Awaited<ReturnType<typeof bundleCrashWorker>>;
beforeAll(async () => {
  worker = await bundleCrashWorker();
}, 60_000);
afterAll(() => worker?.remove());

it('two processes issuing at once on one workspace never share or skip a number', async () => {
  const dataDir = makeTempDir();
  const setup = await startApp({ dataDir, log: () => {} });
  await setup.dispatch('profile.update', { legalName: 'Two Windows Ltd' });
  await setup.dispatch('companies.create', { name: 'Race Condition AG' });
  await setup.close();

  const workers = [1, 2].map((seed) =>
    startWorker(worker.file, [dataDir, 'issue', String(seed), String(perProcess)]),
  );
  // Both start issuing only once both are open, however slowly the machine starts them.
  await Promise.all(workers.map((one) => one.printed((lines) => lines.includes('ready'))));
  for (const one of workers) one.send('go');
  const codes = await Promise.all(workers.map((one) => one.exited));
  expect(codes, workers.map((one) => one.stderr()).join('\n')).toEqual([0, 0]);

  const issued = workers.map((one) =>
    one.lines.filter((line) => line.startsWith('issued')).map((line) => Number(line.split(' ')[1])),
  );
  const [first = [], second = []] = issued;
  // Their transactions really interleaved: each issued some invoices while the other was running.
  expect(Math.min(...second)).toBeLessThan(Math.max(...first));
  expect(Math.min(...first)).toBeLessThan(Math.max(...second));

  const app = await startApp({ dataDir, log: () => {} });
  try {
    const { sqlite } = app.workspace;
    const numbers = sqlite
      .prepare('SELECT number FROM invoices WHERE number IS NOT NULL ORDER BY number')
      .pluck()
      .all();
    expect(numbers).toHaveLength(2 * perProcess);
    expect(numbers.at(-1)).toBe(`INV-2026-0${2 * perProcess}`);
    expect(numberingProblems(sqlite)).toEqual([]);
    // The check itself has teeth: a number taken and never used is reported as a gap.
    sqlite.prepare('UPDATE number_counters SET next_value = next_value + 1').run();
    expect(numberingProblems(sqlite)).toEqual([
      `1/2026: counter at ${2 * perProcess + 2} after ${2 * perProcess} numbers`,
    ]);
  } finally {
    await app.close();
  }
}, 90_000);
