import { cleanCell, splitList } from './cell-values';
import type { CsvRow } from './csv-table';

export interface ListValue {
  value: string;
  /** The header of the column the value came from, for error reports. */
  column: string;
}

/** One CSV row seen through the column mapping: cells by field instead of by position. */
export interface MappedRow {
  row: number;
  /** The cell of the first column mapped to `key`, cleaned; '' when none is mapped. */
  one: (key: string) => string;
  /** Every value of every column mapped to a list field, with the column each came from. */
  many: (key: string) => ListValue[];
  /** The header of the first column mapped to `key`. */
  columnOf: (key: string) => string;
  /** Whether any column is mapped to `key`. */
  has: (key: string) => boolean;
}

const none: readonly number[] = [];

/** Prepares the mapping once, so turning each of many rows into a MappedRow costs next to nothing. */
export const rowMapper = (headers: readonly string[], mapping: readonly (string | null)[]) => {
  const columns = new Map<string, number[]>();
  for (const [index, key] of mapping.entries()) {
    if (key !== null) columns.set(key, [...(columns.get(key) ?? []), index]);
  }
  const columnsOf = (key: string) => columns.get(key) ?? none;
  const headerOf = (index: number | undefined) => (index === undefined ? '' : (headers[index] ?? ''));
  return ({ row, cells }: CsvRow): MappedRow => ({
    row,
    one: (key) => {
      const index = columnsOf(key)[0];
      return index === undefined ? '' : cleanCell(cells[index]);
    },
    many: (key) => {
      const values: ListValue[] = [];
      for (const index of columnsOf(key)) {
        for (const value of splitList(cleanCell(cells[index])))
          values.push({ value, column: headerOf(index) });
      }
      return values;
    },
    columnOf: (key) => headerOf(columnsOf(key)[0]),
    has: (key) => columns.has(key),
  });
};

/** Cells beyond the header's width that hold something: data the mapping cannot place. */
export const extraCells = (headers: readonly string[], cells: readonly string[]) =>
  cells.length > headers.length && cells.slice(headers.length).some((cell) => cell.trim() !== '');
