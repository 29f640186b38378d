import type { DedupeMode, ImportKind } from '../../shared/imports';
import type { TestApp } from '../test-support';

export interface ImportOptions {
  dedupe?: DedupeMode;
  allOrNothing?: boolean;
  importId?: string;
}

/** Imports CSV text the way the Import page does: preview for the suggested mapping, then run with it. */
export const importCsv = async (app: TestApp, kind: ImportKind, csv: string, options: ImportOptions = {}) => {
  const { mapping } = await app.call('imports.preview', { kind, csv });
  return app.call('imports.run', {
    importId: options.importId ?? 'test-import',
    kind,
    csv,
    mapping,
    dedupe: options.dedupe ?? 'skip',
    allOrNothing: options.allOrNothing ?? false,
  });
};

/** CSV text from rows of cells, quoting only what needs it, as a spreadsheet would save it. */
export const csvOf = (rows: string[][]) =>
  `${rows.map((row) => row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',')).join('\n')}\n`;

export const countRows = (app: TestApp, table: 'contacts' | 'companies' | 'deals' | 'deal_stage_changes') =>
  app.workspace.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
