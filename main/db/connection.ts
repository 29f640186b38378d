import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { foldForSearch } from '../search/full-text';
import type { Database } from './schema';

export type Sqlite = BetterSqlite3.Database;

/**
 * Opens the workspace file with the settings every connection needs. `nativeBinding` lets the Electron
 * build load a better-sqlite3 compiled for Electron's ABI while Node keeps its own.
 */
export const openSqlite = (file: string, nativeBinding?: string): Sqlite => {
  const sqlite = new BetterSqlite3(file, nativeBinding ? { nativeBinding } : {});
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // 64 MB of page cache (SQLite's default is 2 MB-16 MB) keeps a 100k-contact workspace's hot pages in memory.
  sqlite.pragma('cache_size = -65536');
  sqlite.function('lb_fold', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? foldForSearch(value) : '',
  );
  return sqlite;
};

export const createKysely = (sqlite: Sqlite) =>
  new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
