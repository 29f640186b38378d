import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startApp } from '../main/app';
import { parseFlags, UsageError, wholeNumber } from '../main/seed/cli-options';
import { seedWorkspace } from '../main/seed/seed-workspace';
import type { BenchContext, Suite } from './context';
import { createFigures, formatTable, toJson } from './figures';
import { contactPagesSuite } from './suites/contact-pages';
import { csvImportSuite } from './suites/csv-import';
import { dealBoardSuite } from './suites/deal-board';
import { dealTableSuite } from './suites/deal-table';
import { forecastSuite } from './suites/forecast';
import { invoiceListSuite } from './suites/invoice-list';
import { invoicePdfSuite } from './suites/invoice-pdf';
import { leadScoringSuite } from './suites/lead-scoring';
import { memorySuite } from './suites/memory';
import { outboxSuite } from './suites/outbox';
import { searchSuite } from './suites/search';
import { timelinesSuite } from './suites/timelines';
import { workspaceOpenSuite } from './suites/workspace-open';

/** In order; memory stays last so it sees what the others left behind. */
const suites: Suite[] = [
  searchSuite,
  contactPagesSuite,
  dealBoardSuite,
  timelinesSuite,
  dealTableSuite,
  workspaceOpenSuite,
  forecastSuite,
  leadScoringSuite,
  csvImportSuite,
  invoicePdfSuite,
  invoiceListSuite,
  outboxSuite,
  memorySuite,
];

const usage = 'Usage: npm run bench -- [--contacts N] [--json FILE]';

const readOptions = () => {
  try {
    const flags = parseFlags(process.argv.slice(2), ['contacts', 'json']);
    return {
      contacts:
        flags.contacts === undefined ? 100_000 : wholeNumber('contacts', flags.contacts, { min: 100 }),
      json: flags.json,
    };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${usage}`);
    process.exit(2);
  }
};

const options = readOptions();
const progress = (line: string) => console.error(`[bench] ${line}`);
// Timings on a shared machine move with its load; say what it was so a reader can judge the figures.
const load = () => `load average ${loadavg()[0]?.toFixed(2)} on ${cpus().length} cores`;
progress(load());
const dataDir = mkdtempSync(join(tmpdir(), 'lumenbase-bench-'));
const figures = createFigures();
let app = await startApp({ dataDir, log: () => {} });
let ctx: BenchContext | undefined;

try {
  progress(`seeding ${options.contacts} contacts and their funnel in ${dataDir}`);
  const started = performance.now();
  // Twice the default leads, so rescoring is measured on 50k leads for 100k contacts.
  const seeded = await seedWorkspace(app.workspace, {
    contacts: options.contacts,
    leads: Math.round(options.contacts / 2),
    seed: 1,
    now: new Date(),
  });
  figures.record({
    name: 'seed.duration',
    value: performance.now() - started,
    unit: 'ms',
    goal: null,
    note: Object.entries(seeded)
      .map(([kind, count]) => `${count} ${kind}`)
      .join(', '),
  });
  // Measure the workspace as the app finds it after a restart, not with the seeding's pages in its cache.
  await app.close();
  const opened = performance.now();
  app = await startApp({ dataDir, log: () => {} });
  // The suites measure an app at rest: the catch-ups that run in the background after opening go first.
  await Promise.all([app.caughtUp, app.remindersCaughtUp]);
  figures.record({
    name: 'workspace.catch-up',
    value: performance.now() - opened,
    unit: 'ms',
    goal: null,
    note: 'open, then recurring invoices, reminders and late fees decided in the background',
  });
  ctx = { app, dataDir, contacts: options.contacts, seeded, figures, progress };
  for (const suite of suites) {
    progress(`running ${suite.name}`);
    await suite.run(ctx);
  }
} finally {
  // A suite may have reopened the workspace; close the app it left.
  await (ctx?.app ?? app).close();
  rmSync(dataDir, { recursive: true, force: true });
}

progress(load());
console.log(formatTable(figures.all()));
if (options.json) {
  writeFileSync(options.json, `${JSON.stringify(toJson(figures.all()), null, 2)}\n`);
  progress(`wrote ${options.json}`);
}
