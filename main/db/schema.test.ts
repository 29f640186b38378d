import { expect, it } from 'vitest';
import { startTestApp } from '../test-support';
import { declaredColumns } from './schema';

it('the Kysely table types match the migrated schema, column by column, nullability included', async () => {
  const app = await startTestApp();
  for (const [table, columns] of Object.entries(declaredColumns)) {
    const actual = app.workspace.sqlite.prepare(`PRAGMA table_info(${table})`).all() as {
      name: string;
      notnull: number;
      pk: number;
    }[];
    const migrated = Object.fromEntries(
      actual.map((column) => [column.name, column.notnull || column.pk ? 'not null' : 'nullable']),
    );
    expect(migrated, table).toEqual(columns);
  }
});
