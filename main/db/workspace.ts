import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { createKysely, openSqlite, type Sqlite } from './connection';
import { type MigrationOutcome, migrate } from './migrate';
import type { Database } from './schema';

export const databaseFileName = 'lumenbase.sqlite';

export interface Workspace {
  dataDir: string;
  file: string;
  sqlite: Sqlite;
  db: Kysely<Database>;
  migration: MigrationOutcome;
  close: () => Promise<void>;
}

export interface OpenWorkspaceOptions {
  dataDir: string;
  now?: Date;
  nativeBinding?: string;
  upTo?: string;
}

/** Opens (creating if needed) the workspace in `dataDir` and migrates it before anything reads it. */
export const openWorkspace = async ({
  dataDir,
  now = new Date(),
  nativeBinding,
  upTo,
}: OpenWorkspaceOptions): Promise<Workspace> => {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, databaseFileName);
  const sqlite = openSqlite(file, nativeBinding);
  const db = createKysely(sqlite);
  try {
    const migration = await migrate(sqlite, db as Kysely<unknown>, { now, upTo });
    return { dataDir, file, sqlite, db, migration, close: () => db.destroy() };
  } catch (error) {
    await db.destroy();
    throw error;
  }
};
