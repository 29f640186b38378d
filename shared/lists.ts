import { z } from 'zod';
import type { CompanyRow } from './companies';
import { type ContactRow, contactListInput } from './contacts';
import {
  archiveFilter,
  byIdInput,
  countryCode,
  pageInput,
  recordId,
  requiredText,
  tagList,
  text,
} from './fields';
import { type ChannelSpec, returns } from './ipc/channel';
import type { DirectoryKind } from './workspace';

export const listRecordKinds = ['contacts', 'companies'] as const satisfies readonly DirectoryKind[];
export const listRecordKind = z.enum(listRecordKinds);

const listName = requiredText('List name', 120);

/**
 * What a smart list holds: the active records matching every field set here. A record matches `tags`
 * when it has any of them. Company and country are for contacts lists only (the service checks that,
 * since a list's kind is not part of an update).
 */
export const smartFilter = z
  .object({
    query: text(200).default(''),
    tags: tagList.default([]),
    companyId: recordId.optional(),
    country: countryCode.optional(),
  })
  .strict();
export type SmartFilter = z.output<typeof smartFilter>;
export type SmartFilterInput = z.input<typeof smartFilter>;

/** The filter of the contacts and companies list screens, for "add everyone matching this search". */
export const listScreenFilter = contactListInput.pick({ query: true, status: true, companyId: true });

export const listCreateInput = z
  .object({ name: listName, recordKind: listRecordKind, filter: smartFilter.nullish() })
  .strict();
export type ListCreateInput = z.input<typeof listCreateInput>;

export const listUpdateInput = z
  .object({
    id: recordId,
    changes: z.object({ name: listName.optional(), filter: smartFilter.optional() }).strict(),
  })
  .strict();
export type ListUpdateInput = z.input<typeof listUpdateInput>;

export const listListInput = z
  .object({ status: archiveFilter, recordKind: listRecordKind.optional() })
  .strict();

export const listMembersInput = z
  .object({ listId: recordId, query: text(200).default(''), ...pageInput })
  .strict();

const recordIds = z.array(recordId).min(1, 'Choose at least one record').max(5000, 'Use at most 5000 ids');

export const listAddMembersInput = z
  .object({ listId: recordId, recordIds: recordIds.optional(), fromFilter: listScreenFilter.optional() })
  .strict()
  .refine((input) => (input.recordIds === undefined) !== (input.fromFilter === undefined), {
    message: 'Give either recordIds or fromFilter',
    path: ['recordIds'],
  });
export type ListAddMembersInput = z.input<typeof listAddMembersInput>;

export const listRemoveMembersInput = z.object({ listId: recordId, recordIds }).strict();

export interface SavedList {
  id: number;
  name: string;
  recordKind: DirectoryKind;
  /** Static lists hold the records added by hand; smart lists hold whatever matches their filter now. */
  type: 'static' | 'smart';
  filter: SmartFilter | null;
  /** Static lists count archived members too; smart lists count only active records. */
  memberCount: number;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

export type ListMembers =
  | { recordKind: 'contacts'; rows: ContactRow[]; total: number }
  | { recordKind: 'companies'; rows: CompanyRow[]; total: number };

export interface MembershipChange {
  /** How many records this call added or removed; records already in (or already out) are not counted. */
  changed: number;
  memberCount: number;
}

export const listChannels = {
  'lists.list': {
    summary: 'Every saved list, by name, with its member count (live for smart lists)',
    input: listListInput,
    output: returns<SavedList[]>(),
  },
  'lists.get': {
    summary: 'One saved list with its member count',
    input: byIdInput,
    output: returns<SavedList>(),
  },
  'lists.create': {
    summary: 'Create a list of contacts or companies; with a filter it is a smart list',
    input: listCreateInput,
    output: returns<SavedList>(),
  },
  'lists.update': {
    summary: "Rename a list or change a smart list's filter",
    input: listUpdateInput,
    output: returns<SavedList>(),
  },
  'lists.archive': {
    summary: 'Archive a list (undo with lists.restore)',
    input: byIdInput,
    output: returns<SavedList>(),
  },
  'lists.restore': { summary: 'Bring an archived list back', input: byIdInput, output: returns<SavedList>() },
  'lists.members': {
    summary: 'A page of the records in a list, in name order, optionally narrowed by search text',
    input: listMembersInput,
    output: returns<ListMembers>(),
  },
  'lists.addMembers': {
    summary: 'Add records to a static list, by id or everyone matching a list-screen filter',
    input: listAddMembersInput,
    output: returns<MembershipChange>(),
  },
  'lists.removeMembers': {
    summary: 'Take records out of a static list',
    input: listRemoveMembersInput,
    output: returns<MembershipChange>(),
  },
} satisfies Record<`lists.${string}`, ChannelSpec>;
