import { existsSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../migrations';
import { closeTestApp, makeTempDir, startTestApp } from '../test-support';
import { openWorkspace } from './workspace';

const latest = migrations.at(-1)?.name;

describe('migrations', () => {
  it('build a new workspace from empty without taking a backup', async () => {
    const app = await startTestApp();
    expect(app.workspace.migration.applied).toEqual(migrations.map((m) => m.name));
    expect(app.workspace.migration.backupFile).toBeNull();
    expect(app.workspace.migration.schemaVersion).toBe(latest);
  });

  it('upgrade a workspace left by the previous version, keeping its data, after backing it up', async () => {
    const dataDir = makeTempDir();
    const old = await openWorkspace({ dataDir, upTo: '0001-create-companies-and-contacts' });
    old.sqlite
      .prepare(
        `INSERT INTO companies (id, name, created_at, updated_at) VALUES (1, 'Ærøskøbing Design ApS', 'x', 'x')`,
      )
      .run();
    old.sqlite
      .prepare(
        `INSERT INTO contacts (first_name, last_name, company_id, emails, created_at, updated_at)
         VALUES ('Zoë', 'Łukasz-Müller', 1, '["zoe@aero.dk"]', 'x', 'x')`,
      )
      .run();
    await old.close();

    const app = await startTestApp({ dataDir });
    expect(app.workspace.migration.applied).toEqual(migrations.slice(1).map((m) => m.name));

    const found = await app.call('search.global', { query: 'zoe lukasz' });
    expect(found.contacts.map((c) => c.lastName)).toEqual(['Łukasz-Müller']);
    expect((await app.call('search.global', { query: 'aeroskobing' })).companies).toHaveLength(1);

    const backupFile = app.workspace.migration.backupFile ?? '';
    expect(existsSync(backupFile)).toBe(true);
    const backup = new BetterSqlite3(backupFile, { readonly: true });
    expect(backup.prepare('SELECT name FROM schema_migrations').pluck().all()).toEqual([
      '0001-create-companies-and-contacts',
    ]);
    expect(backup.prepare('SELECT first_name FROM contacts').pluck().all()).toEqual(['Zoë']);
    backup.close();
  });

  it('take no backup and change nothing when the schema is already current', async () => {
    const dataDir = makeTempDir();
    await closeTestApp(await startTestApp({ dataDir }));
    const again = await startTestApp({ dataDir });
    expect(again.workspace.migration).toMatchObject({ applied: [], backupFile: null, schemaVersion: latest });
  });

  it('refuse a workspace written by a newer version instead of guessing', async () => {
    const dataDir = makeTempDir();
    const current = await openWorkspace({ dataDir });
    current.sqlite
      .prepare(`INSERT INTO schema_migrations (name, applied_at) VALUES ('9999-from-the-future', 'x')`)
      .run();
    await current.close();
    await expect(openWorkspace({ dataDir })).rejects.toThrow(/newer Lumenbase/);
  });

  it('leave the file untouched when a migration fails part-way', async () => {
    const dataDir = makeTempDir();
    const old = await openWorkspace({ dataDir, upTo: '0001-create-companies-and-contacts' });
    // A table the next migration wants to create makes it fail after its first statements ran.
    old.sqlite.exec('CREATE TABLE companies_fts (x)');
    await old.close();
    await expect(openWorkspace({ dataDir })).rejects.toThrow();
    const file = new BetterSqlite3(`${dataDir}/lumenbase.sqlite`, { readonly: true });
    expect(file.prepare('SELECT name FROM schema_migrations').pluck().all()).toEqual([
      '0001-create-companies-and-contacts',
    ]);
    expect(file.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'contacts_fts'`).pluck().get()).toBe(
      0,
    );
    file.close();
  });
});
