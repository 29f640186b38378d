import type { DomainHandlers } from '../ipc/handler-types';

export const workspaceHandlers: DomainHandlers<'workspace'> = {
  'workspace.info': async (_input, ctx) => {
    const count = (table: 'contacts' | 'companies') =>
      ctx.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('archived_at', 'is', null)
        .executeTakeFirstOrThrow();
    const [contacts, companies] = await Promise.all([count('contacts'), count('companies')]);
    return {
      appVersion: ctx.appVersion,
      dataDir: ctx.workspace.dataDir,
      databaseFile: ctx.workspace.file,
      schemaVersion: ctx.workspace.migration.schemaVersion,
      counts: { contacts: contacts.n, companies: companies.n },
    };
  },
};
