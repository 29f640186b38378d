import { basename, dirname, join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { migrations as allMigrations, type Migration } from '../../migrations';
import type { Sqlite } from './connection';

export interface MigrationOutcome {
  applied: string[];
  schemaVersion: string;
  backupFile: string | null;
}

interface MigrateOptions {
  now: Date;
  /** Stop after this migration; tests use it to build a workspace as an older version left it. */
  upTo?: string;
  migrations?: Migration[];
}

const backupPathFor = (file: string, now: Date, nextMigration: string) => {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return join(dirname(file), `${basename(file, '.sqlite')}.backup-${stamp}-before-${nextMigration}.sqlite`);
};

/**
 * Brings the schema up to date in one transaction. A file that already holds a schema is first copied
 * with SQLite's online backup, so a failed or regretted upgrade can be undone by hand.
 */
export const migrate = async (
  sqlite: Sqlite,
  db: Kysely<unknown>,
  { now, upTo, migrations = allMigrations }: MigrateOptions,
): Promise<MigrationOutcome> => {
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`.execute(
    db,
  );
  const done = (
    await sql<{ name: string }>`SELECT name FROM schema_migrations ORDER BY name`.execute(db)
  ).rows.map((row) => row.name);
  const known = new Set(migrations.map((m) => m.name));
  const unknown = done.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new Error(
      `This workspace was written by a newer Lumenbase (migration ${unknown.join(', ')}); update the app to open it.`,
    );
  }

  const stopAt = upTo ? migrations.findIndex((m) => m.name === upTo) + 1 : migrations.length;
  if (stopAt === 0) throw new Error(`No migration named ${upTo}`);
  const pending = migrations.slice(0, stopAt).filter((m) => !done.includes(m.name));
  const first = pending[0];

  let backupFile: string | null = null;
  if (first && done.length > 0) {
    backupFile = backupPathFor(sqlite.name, now, first.name);
    await sqlite.backup(backupFile);
  }

  await db.transaction().execute(async (trx) => {
    for (const migration of pending) {
      await migration.up(trx);
      await sql`INSERT INTO schema_migrations (name, applied_at) VALUES (${migration.name}, ${now.toISOString()})`.execute(
        trx,
      );
    }
  });

  const applied = pending.map((m) => m.name);
  return { applied, schemaVersion: [...done, ...applied].at(-1) ?? '', backupFile };
};
