import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DedupeMode } from '../../shared/imports';
import type { Database } from '../db/schema';
import type { MappedRow } from './mapped-row';

/** Why one row was not imported: the column at fault ('' for the whole row) and what to fix. */
export interface RowFault {
  column: string;
  message: string;
}

export type RowOutcome = 'created' | 'merged' | 'skipped' | RowFault;

export const isFault = (value: unknown): value is RowFault =>
  typeof value === 'object' && value !== null && 'message' in value;

/** Imports the rows of one kind inside the caller's transaction, buffering writes until flush. */
export interface Importer {
  importRow: (row: MappedRow) => Promise<RowOutcome>;
  flush: () => Promise<void>;
  /** Companies created because a row named one that did not exist yet. */
  companiesCreated: () => number;
}

export interface ImporterOptions {
  trx: Kysely<Database>;
  now: string;
  dedupe: DedupeMode;
  /** Whether the mapping fills a field at all, so lookups nobody needs are never loaded. */
  maps: (key: string) => boolean;
}

/** The first problem zod found in a row, against the column the offending value came from. */
export const faultFrom = (
  error: z.ZodError,
  columnFor: (path: readonly PropertyKey[]) => string,
): RowFault => {
  const [issue] = error.issues;
  return { column: issue ? columnFor(issue.path) : '', message: issue?.message ?? 'This row is not valid' };
};

/** Adds the values of `extra` that `base` lacks, comparing by `key`. */
export const unionBy = (base: string[], extra: string[], key: (value: string) => string) => {
  const seen = new Set(base.map(key));
  const union = [...base];
  for (const value of extra) {
    if (seen.has(key(value))) continue;
    seen.add(key(value));
    union.push(value);
  }
  return union;
};

/** Whether merging changed anything, so an identical re-import leaves records (and updated_at) alone. */
export const sameFields = <Fields>(a: Fields, b: Fields) => JSON.stringify(a) === JSON.stringify(b);

export const lowerCase = (value: string) => value.toLowerCase();
