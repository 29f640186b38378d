import { type Kysely, sql } from 'kysely';
import type { RecordKind } from '../../shared/workspace';
import type { AppContext } from '../app-context';
import type { Database } from './schema';

type Work<T> = (db: Kysely<Database>) => Promise<T>;

/**
 * One transaction that takes the write lock before its first read and, once it has committed, tells open
 * views what changed.
 *
 * Why BEGIN IMMEDIATE: a plain (deferred) transaction reads on a snapshot and asks for the
 * write lock only at its first write. If another process (a second window's app, the web host) committed
 * in between, that snapshot is stale and SQLite fails at once with SQLITE_BUSY; busy_timeout cannot help.
 * An immediate transaction waits its turn under busy_timeout instead, so writers in several processes
 * take turns, and a counter read inside it is still current when it is raised.
 *
 * Why `durable` raises synchronous to FULL: connections run WAL with synchronous=NORMAL, where a commit is
 * atomic and survives the app crashing, but the last commits can vanish if the machine loses power before
 * the next checkpoint. FULL syncs the WAL on every commit. That costs an fsync, right for the few writes
 * the law cares about (a number given, a payment, a void) and wrong for every keystroke saved in a draft.
 * SQLite refuses to change the level inside a transaction, so it is raised around it, on the one
 * connection Kysely lends us for the whole write, where no other query can run in between.
 */
const writeImmediate = async <T>(
  ctx: AppContext,
  kinds: RecordKind[],
  durable: boolean,
  work: Work<T>,
): Promise<T> => {
  const result = await ctx.db.connection().execute(async (db) => {
    const [level] = durable ? (await sql<{ synchronous: number }>`PRAGMA synchronous`.execute(db)).rows : [];
    if (durable) await sql`PRAGMA synchronous = FULL`.execute(db);
    try {
      await sql`BEGIN IMMEDIATE`.execute(db);
      try {
        const value = await work(db);
        await sql`COMMIT`.execute(db);
        return value;
      } catch (error) {
        // Some errors (a full disk, an I/O error) end the transaction themselves; the cause matters more.
        await sql`ROLLBACK`.execute(db).catch(() => undefined);
        throw error;
      }
    } finally {
      if (level) await sql.raw(`PRAGMA synchronous = ${Number(level.synchronous)}`).execute(db);
    }
  });
  ctx.events.emit('records.changed', { kinds });
  return result;
};

/** For writes that must survive a power cut once the UI says they happened: issuing, payments, voids. */
export const writeDurably = <T>(ctx: AppContext, kinds: RecordKind[], work: Work<T>): Promise<T> =>
  writeImmediate(ctx, kinds, true, work);

/** Every ordinary write: one immediate transaction, so writers in several processes take turns. */
export const write = <T>(ctx: AppContext, kinds: RecordKind[], work: Work<T>): Promise<T> =>
  writeImmediate(ctx, kinds, false, work);

/** Archiving is the only removal a person can do on records; restoring undoes it. */
export const setArchived = <T>(
  ctx: AppContext,
  table: 'contacts' | 'companies',
  id: number,
  archived: boolean,
  load: (db: Kysely<Database>, id: number) => Promise<T>,
): Promise<T> =>
  write(ctx, ['contacts', 'companies'], async (trx) => {
    await load(trx, id);
    const now = ctx.clock().toISOString();
    await trx
      .updateTable(table)
      .set({ archived_at: archived ? now : null, updated_at: now })
      .where('id', '=', id)
      .execute();
    return load(trx, id);
  });
