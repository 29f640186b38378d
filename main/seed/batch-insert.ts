import type { Sqlite } from '../db/connection';

export interface BatchInsert<Row> {
  add: (row: Row) => void;
  /** Writes the rows still buffered; call once at the end. */
  flush: () => void;
}

/**
 * Buffers rows and writes them `rowsPerStatement` at a time with one prepared multi-row INSERT, which
 * saves most of the per-statement cost of a bulk load. Column order comes from `columns`, so a row is a
 * plain record typed against the table.
 */
export const batchInsert = <Row extends object>(
  sqlite: Sqlite,
  table: string,
  columns: readonly (keyof Row & string)[],
  rowsPerStatement = 100,
): BatchInsert<Row> => {
  const placeholders = (rows: number) =>
    Array.from({ length: rows }, () => `(${columns.map(() => '?').join(', ')})`).join(', ');
  const sqlFor = (rows: number) =>
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${placeholders(rows)}`;
  const full = sqlite.prepare(sqlFor(rowsPerStatement));
  const single = sqlite.prepare(sqlFor(1));
  let buffer: unknown[] = [];
  let buffered = 0;

  const add = (row: Row) => {
    for (const column of columns) buffer.push(row[column]);
    buffered++;
    if (buffered === rowsPerStatement) {
      full.run(buffer);
      buffer = [];
      buffered = 0;
    }
  };

  const flush = () => {
    for (let i = 0; i < buffered; i++) single.run(buffer.slice(i * columns.length, (i + 1) * columns.length));
    buffer = [];
    buffered = 0;
  };

  return { add, flush };
};
