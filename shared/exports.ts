import Papa from 'papaparse';
import { z } from 'zod';
import { companyListInput } from './companies';
import { contactListInput } from './contacts';
import { dealListInput } from './deals';
import { type ChannelSpec, returns } from './ipc/channel';

const withoutPaging = { offset: true, limit: true } as const;

/** A list's kind and the same filter its list channel takes; every matching row is exported, not a page. */
export const exportCsvInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('contacts'), filter: contactListInput.omit(withoutPaging) }).strict(),
  z.object({ kind: z.literal('companies'), filter: companyListInput.omit(withoutPaging) }).strict(),
  z.object({ kind: z.literal('deals'), filter: dealListInput.omit(withoutPaging) }).strict(),
]);
export type ExportCsvInput = z.input<typeof exportCsvInput>;
export type ExportKind = ExportCsvInput['kind'];

export interface CsvExport {
  /** Such as contacts-2026-11-24.csv, dated on the computer's calendar. */
  fileName: string;
  csv: string;
  rows: number;
}

/**
 * A spreadsheet would run a cell starting with = + - or @ as a formula, so such cells get a leading
 * apostrophe (the import takes it off again). Phone numbers and plain numbers are left alone.
 */
const formulaLike = /^(?:[=@\t\r]|[+-](?![\d\s()+./,;-]*$))/;

/** CSV text with a header row, quoted where needed, and a UTF-8 BOM so Excel reads accents right. */
export const toCsv = (header: readonly string[], rows: readonly (readonly string[])[]): string =>
  `\uFEFF${Papa.unparse({ fields: [...header], data: rows.map((row) => [...row]) }, { escapeFormulae: formulaLike, newline: '\r\n' })}\r\n`;

export const exportChannels = {
  'exports.csv': {
    summary: 'Every contact, company or deal matching a list filter, as CSV text that imports back',
    input: exportCsvInput,
    output: returns<CsvExport>(),
  },
} satisfies Record<`exports.${string}`, ChannelSpec>;
