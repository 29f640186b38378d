import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

type Trx = Kysely<Database>;

/** How one table's records are read and written; the store decides when. */
export interface RecordIo<Fields> {
  lastId: (trx: Trx) => Promise<number>;
  insert: (trx: Trx, rows: { id: number; fields: Fields }[], now: string) => Promise<unknown>;
  update: (trx: Trx, id: number, fields: Fields, now: string) => Promise<unknown>;
  load: (trx: Trx, id: number) => Promise<Fields>;
}

export interface RecordStore<Fields> {
  /** Takes the next id at once, so later rows can link to or merge into the record before it is written. */
  create: (fields: Fields) => number;
  /** The record as the import has left it so far, written or not. */
  load: (id: number) => Promise<Fields>;
  update: (id: number, fields: Fields) => void;
  /** Writes what is pending: new records many to a statement, then changed ones. */
  flush: () => Promise<void>;
}

const rowsPerInsert = 500;

/**
 * Buffers an import's writes to one table between flushes. Ids are given out from the table's highest,
 * which is safe because the import holds the workspace's one connection inside its transaction.
 */
export const createRecordStore = async <Fields>(
  trx: Trx,
  io: RecordIo<Fields>,
  now: string,
): Promise<RecordStore<Fields>> => {
  let nextId = (await io.lastId(trx)) + 1;
  const inserts = new Map<number, Fields>();
  const updates = new Map<number, Fields>();
  return {
    create: (fields) => {
      const id = nextId++;
      inserts.set(id, fields);
      return id;
    },
    load: async (id) => inserts.get(id) ?? updates.get(id) ?? io.load(trx, id),
    update: (id, fields) => {
      if (inserts.has(id)) inserts.set(id, fields);
      else updates.set(id, fields);
    },
    flush: async () => {
      const pending = [...inserts].map(([id, fields]) => ({ id, fields }));
      for (let start = 0; start < pending.length; start += rowsPerInsert) {
        await io.insert(trx, pending.slice(start, start + rowsPerInsert), now);
      }
      for (const [id, fields] of updates) await io.update(trx, id, fields, now);
      inserts.clear();
      updates.clear();
    },
  };
};
