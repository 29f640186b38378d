import Papa from 'papaparse';
import { AppError } from '../ipc/app-error';

export interface CsvRow {
  /** The row as a spreadsheet numbers it: the header is row 1, so the first row under it is 2. */
  row: number;
  cells: string[];
  /** Why the parser could not read this row cleanly, such as a quote that never closes. */
  problem?: string;
}

export interface CsvTable {
  headers: string[];
  /** Rows under the header; blank lines are left out but keep their place in the numbering. */
  rows: CsvRow[];
}

const problemMessages: Partial<Record<Papa.ParseError['code'], string>> = {
  MissingQuotes: 'A quoted value is never closed',
  InvalidQuotes: 'A quote in this row is not closed where expected',
};

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === '');

/** Reads CSV text (comma, semicolon or tab separated, detected) into a header and numbered rows. */
export const readCsv = (csv: string): CsvTable => {
  const text = csv.startsWith('\uFEFF') ? csv.slice(1) : csv;
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
  const problems = new Map<number, string>();
  for (const error of parsed.errors) {
    const message = problemMessages[error.code];
    if (message && error.row !== undefined && !problems.has(error.row)) problems.set(error.row, message);
  }
  const [header = [], ...rest] = parsed.data;
  if (isBlank(header)) {
    throw new AppError('invalid_input', 'The first row of the file must name the columns', {
      csv: 'The header row is empty',
    });
  }
  const rows: CsvRow[] = [];
  for (const [index, cells] of rest.entries()) {
    if (isBlank(cells)) continue;
    const problem = problems.get(index + 1);
    rows.push(problem ? { row: index + 2, cells, problem } : { row: index + 2, cells });
  }
  return { headers: header.map((name, index) => name.trim() || `Column ${index + 1}`), rows };
};
