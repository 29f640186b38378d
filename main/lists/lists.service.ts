import { type Kysely, type Selectable, sql } from 'kysely';
import type { z } from 'zod';
import {
  type listAddMembersInput,
  type listCreateInput,
  type listListInput,
  type listMembersInput,
  type listRemoveMembersInput,
  type listUpdateInput,
  type MembershipChange,
  type SavedList,
  smartFilter,
} from '../../shared/lists';
import type { DirectoryKind } from '../../shared/workspace';
import type { AppContext } from '../app-context';
import type { Database, ListsTable } from '../db/schema';
import { write } from '../db/write';
import { AppError, notFound } from '../ipc/app-error';
import {
  countMembers,
  deleteMembers,
  insertMembers,
  pageOfMembers,
  recordsWithIds,
  type StoredList,
  screenMatches,
} from './lists.queries';

const toStoredList = (row: Selectable<ListsTable>): StoredList => ({
  ...row,
  filter: row.filter === null ? null : smartFilter.parse(JSON.parse(row.filter)),
});

const loadList = async (db: Kysely<Database>, id: number) => {
  const row = await db.selectFrom('lists').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('List', id);
  return toStoredList(row);
};

const toSavedList = async (db: Kysely<Database>, list: StoredList): Promise<SavedList> => ({
  id: list.id,
  name: list.name,
  recordKind: list.record_kind,
  type: list.filter ? 'smart' : 'static',
  filter: list.filter,
  memberCount: await countMembers(db, list),
  createdAt: list.created_at,
  updatedAt: list.updated_at,
  archivedAt: list.archived_at,
});

export const getList = async (db: Kysely<Database>, id: number) => toSavedList(db, await loadList(db, id));

export const listLists = async (
  db: Kysely<Database>,
  { status, recordKind }: z.output<typeof listListInput>,
): Promise<SavedList[]> => {
  const rows = await db
    .selectFrom('lists')
    .selectAll()
    .where((eb) =>
      eb.and([
        ...(status === 'active' ? [eb('archived_at', 'is', null)] : []),
        ...(status === 'archived' ? [eb('archived_at', 'is not', null)] : []),
        ...(recordKind ? [eb('record_kind', '=', recordKind)] : []),
      ]),
    )
    .orderBy(sql`name COLLATE NOCASE, id`)
    .execute();
  return Promise.all(rows.map((row) => toSavedList(db, toStoredList(row))));
};

export const listMembers = async (
  db: Kysely<Database>,
  { listId, ...page }: z.output<typeof listMembersInput>,
) => pageOfMembers(db, await loadList(db, listId), page);

const contactsOnly = 'Only contacts lists can filter by company or country';

/** Company and country filters only make sense for contacts, and a company filtered on must exist. */
const assertFilterFits = async (
  db: Kysely<Database>,
  kind: DirectoryKind,
  filter: { companyId?: number | undefined; country?: string | undefined },
  path: string,
) => {
  if (kind === 'companies' && (filter.companyId !== undefined || filter.country)) {
    const field = filter.companyId !== undefined ? 'companyId' : 'country';
    throw new AppError('invalid_input', contactsOnly, { [`${path}.${field}`]: contactsOnly });
  }
  if (filter.companyId === undefined) return;
  const company = await db
    .selectFrom('companies')
    .select('id')
    .where('id', '=', filter.companyId)
    .executeTakeFirst();
  if (!company) {
    throw new AppError('invalid_input', `Company ${filter.companyId} does not exist`, {
      [`${path}.companyId`]: 'Choose an existing company',
    });
  }
};

export const createList = (ctx: AppContext, input: z.output<typeof listCreateInput>) =>
  write(ctx, ['lists'], async (trx) => {
    if (input.filter) await assertFilterFits(trx, input.recordKind, input.filter, 'filter');
    const now = ctx.clock().toISOString();
    const { id } = await trx
      .insertInto('lists')
      .values({
        name: input.name,
        record_kind: input.recordKind,
        filter: input.filter ? JSON.stringify(input.filter) : null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return getList(trx, id);
  });

export const updateList = (ctx: AppContext, { id, changes }: z.output<typeof listUpdateInput>) =>
  write(ctx, ['lists'], async (trx) => {
    const list = await loadList(trx, id);
    if (changes.filter) {
      if (!list.filter) {
        throw new AppError(
          'conflict',
          `“${list.name}” is a static list: its members are chosen by hand, so it has no filter to change`,
        );
      }
      await assertFilterFits(trx, list.record_kind, changes.filter, 'changes.filter');
    }
    await trx
      .updateTable('lists')
      .set({
        name: changes.name ?? list.name,
        ...(changes.filter && { filter: JSON.stringify(changes.filter) }),
        updated_at: ctx.clock().toISOString(),
      })
      .where('id', '=', id)
      .execute();
    return getList(trx, id);
  });

export const setListArchived = (ctx: AppContext, id: number, archived: boolean) =>
  write(ctx, ['lists'], async (trx) => {
    await loadList(trx, id);
    const now = ctx.clock().toISOString();
    await trx
      .updateTable('lists')
      .set({ archived_at: archived ? now : null, updated_at: now })
      .where('id', '=', id)
      .execute();
    return getList(trx, id);
  });

/** Members of a static list are chosen by hand; a smart list's follow its filter. */
const loadStaticList = async (db: Kysely<Database>, id: number) => {
  const list = await loadList(db, id);
  if (list.filter) {
    throw new AppError(
      'conflict',
      `“${list.name}” is a smart list: its members follow its filter and cannot be added or removed by hand`,
    );
  }
  return list;
};

const nouns: Record<DirectoryKind, [string, string]> = {
  contacts: ['Contact', 'Contacts'],
  companies: ['Company', 'Companies'],
};

const assertAllExist = async (db: Kysely<Database>, kind: DirectoryKind, ids: number[]) => {
  const found = new Set((await recordsWithIds(db, kind, ids).execute()).map((row) => row.id));
  const missing = [...new Set(ids)].filter((id) => !found.has(id));
  if (missing.length === 0) return;
  const [one, many] = nouns[kind];
  const shown =
    missing.slice(0, 5).join(', ') + (missing.length > 5 ? ` and ${missing.length - 5} more` : '');
  const message = `${missing.length === 1 ? one : many} ${shown} ${missing.length === 1 ? 'does' : 'do'} not exist`;
  throw new AppError('invalid_input', message, { recordIds: message });
};

/** Bumps the list's updated_at when its members changed, and answers with the new count. */
const membershipChanged = async (
  ctx: AppContext,
  db: Kysely<Database>,
  list: StoredList,
  changed: number,
): Promise<MembershipChange> => {
  if (changed > 0) {
    await db
      .updateTable('lists')
      .set({ updated_at: ctx.clock().toISOString() })
      .where('id', '=', list.id)
      .execute();
  }
  return { changed, memberCount: await countMembers(db, list) };
};

export const addMembers = (ctx: AppContext, input: z.output<typeof listAddMembersInput>) =>
  write(ctx, ['lists'], async (trx) => {
    const list = await loadStaticList(trx, input.listId);
    const { recordIds, fromFilter } = input;
    if (fromFilter?.companyId !== undefined && list.record_kind === 'companies') {
      throw new AppError('invalid_input', contactsOnly, { 'fromFilter.companyId': contactsOnly });
    }
    if (recordIds) await assertAllExist(trx, list.record_kind, recordIds);
    const source = recordIds
      ? recordsWithIds(trx, list.record_kind, recordIds)
      : fromFilter && screenMatches(trx, list.record_kind, fromFilter);
    const added = source ? await insertMembers(trx, list.id, ctx.clock().toISOString(), source) : 0;
    return membershipChanged(ctx, trx, list, added);
  });

export const removeMembers = (ctx: AppContext, input: z.output<typeof listRemoveMembersInput>) =>
  write(ctx, ['lists'], async (trx) => {
    const list = await loadStaticList(trx, input.listId);
    return membershipChanged(ctx, trx, list, await deleteMembers(trx, list.id, input.recordIds));
  });
