import { notifications } from '@mantine/notifications';
import type { QueryClient } from '@tanstack/react-query';
import type { Company } from '../../shared/companies';
import type { Contact } from '../../shared/contacts';
import type { DirectoryKind, RecordKind } from '../../shared/workspace';
import { invalidateKinds } from '../app/query-client';
import { invoke } from '../lib/rpc';
import { notifyFailure, showUndoNotice } from './notices';

const nouns: Record<DirectoryKind, string> = { contacts: 'Contact', companies: 'Company' };

const archiveNoticeId = (kind: DirectoryKind, id: number) => `archived-${kind}-${id}`;

export const detailKey = (kind: RecordKind, id: number) => [kind, 'get', id] as const;

const call = (kind: DirectoryKind, action: 'archive' | 'restore', id: number): Promise<Contact | Company> =>
  kind === 'contacts' ? invoke(`contacts.${action}`, { id }) : invoke(`companies.${action}`, { id });

/** A saved record shows at once on its page, and every list and count of its kind refetches. */
export const applySaved = (client: QueryClient, kind: RecordKind, record: { id: number }) => {
  client.setQueryData(detailKey(kind, record.id), record);
  invalidateKinds(client, [kind]);
};

/** Plain functions rather than hooks: the Undo button must work even after the page that archived is gone. */
export const restoreRecord = async (client: QueryClient, kind: DirectoryKind, id: number) => {
  notifications.hide(archiveNoticeId(kind, id));
  try {
    applySaved(client, kind, await call(kind, 'restore', id));
    notifications.show({ color: 'teal', message: `${nouns[kind]} restored` });
  } catch (error) {
    notifyFailure(`${nouns[kind]} was not restored`, error);
  }
};

export const archiveRecord = async (client: QueryClient, kind: DirectoryKind, id: number, name: string) => {
  try {
    applySaved(client, kind, await call(kind, 'archive', id));
  } catch (error) {
    notifyFailure(`${nouns[kind]} was not archived`, error);
    return;
  }
  showUndoNotice({
    id: archiveNoticeId(kind, id),
    autoClose: 10_000,
    title: `${nouns[kind]} archived`,
    text: `${name} is hidden from lists and search.`,
    onUndo: () => void restoreRecord(client, kind, id),
  });
};
