import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { build } from 'vite';
import type { Sqlite } from '../db/connection';

const root = resolve(import.meta.dirname, '../..');

/**
 * Bundles a test-only child (crash-worker.ts unless told) into one file, as scripts/build.ts bundles the
 * main process. Started through tsx, every child would spend ~0.6 s compiling TypeScript; the bundle
 * starts in ~0.1 s, which is what lets the crash test kill and restart a child dozens of times in a few
 * seconds.
 */
export const bundleCrashWorker = async (
  entry = 'main/invoices/crash-worker.ts',
): Promise<{ file: string; remove: () => void }> => {
  const name = basename(entry, '.ts');
  const outDir = mkdtempSync(join(tmpdir(), 'lumenbase-worker-'));
  // The bundle leaves better-sqlite3 (a native module) to node_modules, found next to it.
  symlinkSync(join(root, 'node_modules'), join(outDir, 'node_modules'), 'dir');
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: true,
      target: 'node20',
      outDir,
      emptyOutDir: false,
      minify: false,
      rollupOptions: {
        input: { [name]: join(root, entry) },
        external: ['better-sqlite3', /^node:/],
        output: { format: 'esm', entryFileNames: '[name].mjs' },
      },
    },
    ssr: { noExternal: true, external: ['better-sqlite3'] },
  });
  return {
    file: join(outDir, `${name}.mjs`),
    remove: () => rmSync(outDir, { recursive: true, force: true }),
  };
};

export interface Worker {
  child: ChildProcess;
  /** Complete lines printed so far; a line cut off by a kill never shows up. */
  lines: string[];
  stderr: () => string;
  exited: Promise<number | null>;
  /** Writes a line to the child's stdin. */
  send: (line: string) => void;
  /** Resolves once the lines printed so far satisfy `test`, or with false if the child exited first. */
  printed: (test: (lines: readonly string[]) => boolean) => Promise<boolean>;
}

export const startWorker = (file: string, args: string[]): Worker => {
  const child = spawn(process.execPath, [file, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiting = new Set<() => void>();
  let pending = '';
  let errors = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (pending + chunk).split('\n');
    pending = parts.pop() ?? '';
    lines.push(...parts);
    for (const check of waiting) check();
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    errors += chunk;
  });
  const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  const printed = (test: (lines: readonly string[]) => boolean) =>
    Promise.race([
      exited.then(() => false),
      new Promise<boolean>((done) => {
        const check = () => {
          if (!test(lines)) return;
          waiting.delete(check);
          done(true);
        };
        waiting.add(check);
        check();
      }),
    ]);
  const send = (line: string) => {
    child.stdin?.write(`${line}\n`);
  };
  return { child, lines, stderr: () => errors, exited, send, printed };
};

interface NumberedRow {
  series_id: number;
  sequence_period: string;
  sequence_value: number;
}

/**
 * What is wrong with the numbers given, if anything: per series and period they must run 1..N with no
 * gap or repeat, and the counter must stand at N + 1 (a number taken but not used would be a gap).
 */
export const numberingProblems = (sqlite: Sqlite): string[] => {
  const rows = sqlite
    .prepare(
      `SELECT series_id, sequence_period, sequence_value FROM invoices WHERE number IS NOT NULL
       ORDER BY series_id, sequence_period, sequence_value`,
    )
    .all() as NumberedRow[];
  const counters = new Map(
    (
      sqlite.prepare('SELECT series_id, period, next_value FROM number_counters').all() as {
        series_id: number;
        period: string;
        next_value: number;
      }[]
    ).map((row) => [`${row.series_id}/${row.period}`, row.next_value]),
  );
  const runs = new Map<string, number[]>();
  for (const row of rows) {
    const key = `${row.series_id}/${row.sequence_period}`;
    runs.set(key, [...(runs.get(key) ?? []), row.sequence_value]);
  }
  const problems: string[] = [];
  for (const [key, values] of runs) {
    const wrong = values.findIndex((value, index) => value !== index + 1);
    if (wrong >= 0) problems.push(`${key}: expected ${wrong + 1}, found ${values[wrong]}`);
    if (counters.get(key) !== values.length + 1) {
      problems.push(`${key}: counter at ${counters.get(key)} after ${values.length} numbers`);
    }
  }
  return problems;
};
