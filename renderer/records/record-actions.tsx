import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { QueryClient } from '@tanstack/react-query';
import type { Company } from '../../shared/companies';
import type { Contact } from '../../shared/contacts';
import type { DirectoryKind, RecordKind } from '../../shared/workspace';
import { invalidateKinds } from '../app/query-client';
import { errorMessage, invoke } from '../lib/rpc';

const nouns: Record<DirectoryKind, string> = { contacts: 'Contact', companies: 'Company' };

const archiveNoticeId = (kind: DirectoryKind, id: number) => `archived-${kind}-${id}`;

export const detailKey = (kind: RecordKind, id: number) => [kind, 'get', id] as const;

const call = (kind: DirectoryKind, action: 'archive' | 'restore', id: number): Promise<Contact | Company> =>
  kind === 'contacts' ? invoke(`contacts.${action}`, { id }) : invoke(`companies.${action}`, { id });

const applied = (client: QueryClient, kind: DirectoryKind, record: Contact | Company) => {
  client.setQueryData(detailKey(kind, record.id), record);
  invalidateKinds(client, [kind]);
};

const notifyFailure = (title: string, error: unknown) =>
  notifications.show({ color: 'red', title, message: errorMessage(error), autoClose: 8000 });

/** Plain functions rather than hooks: the Undo button must work even after the page that archived is gone. */
export const restoreRecord = async (client: QueryClient, kind: DirectoryKind, id: number) => {
  notifications.hide(archiveNoticeId(kind, id));
  try {
    applied(client, kind, await call(kind, 'restore', id));
    notifications.show({ color: 'teal', message: `${nouns[kind]} restored` });
  } catch (error) {
    notifyFailure(`${nouns[kind]} was not restored`, error);
  }
};

export const archiveRecord = async (client: QueryClient, kind: DirectoryKind, id: number, name: string) => {
  try {
    applied(client, kind, await call(kind, 'archive', id));
  } catch (error) {
    notifyFailure(`${nouns[kind]} was not archived`, error);
    return;
  }
  notifications.show({
    id: archiveNoticeId(kind, id),
    autoClose: 10_000,
    title: `${nouns[kind]} archived`,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm" c="dimmed" truncate>
          {name} is hidden from lists and search.
        </Text>
        <Button size="compact-sm" variant="light" onClick={() => void restoreRecord(client, kind, id)}>
          Undo
        </Button>
      </Group>
    ),
  });
};
