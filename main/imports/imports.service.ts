import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import {
  type ImportKind,
  type ImportPreview,
  type ImportResult,
  type ImportRowError,
  type importPreviewInput,
  type importRunInput,
  maxReportedErrors,
} from '../../shared/imports';
import type { RecordKind } from '../../shared/workspace';
import type { AppContext } from '../app-context';
import { write } from '../db/write';
import { AppError } from '../ipc/app-error';
import { openCompanyImporter } from './company-import';
import { openContactImporter } from './contact-import';
import { type CsvTable, readCsv } from './csv-table';
import { openDealImporter } from './deal-import';
import { importProgress, yieldToEventLoop } from './import-progress';
import type { Importer, ImporterOptions, RowOutcome } from './importer';
import { extraCells, rowMapper } from './mapped-row';
import { suggestMapping } from './suggest-mapping';

const previewRows = 5;

/** Rows between flushes, progress checks and yields to the event loop. */
const rowsPerBatch = 200;

const importers: Record<ImportKind, (options: ImporterOptions) => Promise<Importer>> = {
  contacts: openContactImporter,
  companies: openCompanyImporter,
  deals: openDealImporter,
};

/** What an import can touch: its own kind, and companies, which contacts and deals create by name. */
const changedKinds: Record<ImportKind, RecordKind[]> = {
  contacts: ['contacts', 'companies'],
  companies: ['companies', 'contacts'],
  deals: ['deals', 'companies'],
};

export const previewImport = ({ kind, csv }: z.output<typeof importPreviewInput>): ImportPreview => {
  const { headers, rows } = readCsv(csv);
  return {
    headers,
    rows: rows.slice(0, previewRows).map(({ cells }) => headers.map((_, index) => cells[index] ?? '')),
    rowCount: rows.length,
    mapping: suggestMapping(kind, headers),
  };
};

const assertMappingFits = (table: CsvTable, mapping: readonly unknown[]) => {
  if (mapping.length !== table.headers.length) {
    throw new AppError(
      'invalid_input',
      `The mapping has ${mapping.length} entries but the file has ${table.headers.length} columns`,
      { mapping: `Map each of the ${table.headers.length} columns, or leave it out with null` },
    );
  }
};

/** Thrown inside the transaction so that all-or-nothing rolls back everything written so far. */
class RolledBack extends Error {}

const tally = () => {
  const counts = { created: 0, merged: 0, skipped: 0, failed: 0 };
  const errors: ImportRowError[] = [];
  const add = (row: number, outcome: RowOutcome) => {
    if (typeof outcome === 'string') {
      counts[outcome]++;
      return;
    }
    counts.failed++;
    if (errors.length < maxReportedErrors) errors.push({ row, ...outcome });
  };
  return { counts, errors, add };
};

type RunInput = z.output<typeof importRunInput>;

/** Every row through the kind's importer, flushing, reporting progress and yielding once per batch. */
const importRows = async (
  importer: Importer,
  table: CsvTable,
  mapping: RunInput['mapping'],
  { add, advanced }: { add: (row: number, outcome: RowOutcome) => void; advanced: (rows: number) => void },
) => {
  const toMappedRow = rowMapper(table.headers, mapping);
  for (const [index, csvRow] of table.rows.entries()) {
    const outcome: RowOutcome = csvRow.problem
      ? { column: '', message: csvRow.problem }
      : extraCells(table.headers, csvRow.cells)
        ? { column: '', message: 'This row has more cells than the header has columns' }
        : await importer.importRow(toMappedRow(csvRow));
    add(csvRow.row, outcome);
    if ((index + 1) % rowsPerBatch === 0) {
      await importer.flush();
      advanced(index + 1);
      await yieldToEventLoop();
    }
  }
  await importer.flush();
};

/**
 * Imports every row in one transaction, so a crash part-way leaves nothing behind. Bad rows are
 * reported and left out, or, with all-or-nothing, roll the whole import back.
 */
export const runImport = async (ctx: AppContext, input: RunInput): Promise<ImportResult> => {
  const importId = input.importId ?? randomUUID();
  const progress = importProgress(ctx.events, importId);
  progress.start();
  const table = readCsv(input.csv);
  assertMappingFits(table, input.mapping);
  progress.parsed(table.rows.length);
  const now = ctx.clock().toISOString();
  const { counts, errors, add } = tally();
  let companiesCreated = 0;
  let committed = true;
  try {
    await write(ctx, changedKinds[input.kind], async (trx) => {
      const maps = (key: string) => input.mapping.some((mapped) => mapped === key);
      const importer = await importers[input.kind]({ trx, now, dedupe: input.dedupe, maps });
      await importRows(importer, table, input.mapping, { add, advanced: progress.advanced });
      if (input.allOrNothing && counts.failed > 0) throw new RolledBack();
      companiesCreated = importer.companiesCreated();
    });
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
    committed = false;
    Object.assign(counts, { created: 0, merged: 0, skipped: 0 });
  }
  progress.done();
  return {
    importId,
    committed,
    total: table.rows.length,
    ...counts,
    companiesCreated,
    errors,
  };
};
