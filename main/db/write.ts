import type { Kysely, Transaction } from 'kysely';
import type { RecordKind } from '../../shared/workspace';
import type { AppContext } from '../app-context';
import type { Database } from './schema';

/** Runs a write in one transaction and, once it has committed, tells open views what changed. */
export const write = async <T>(
  ctx: AppContext,
  kinds: RecordKind[],
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> => {
  const result = await ctx.db.transaction().execute(work);
  ctx.events.emit('records.changed', { kinds });
  return result;
};

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
