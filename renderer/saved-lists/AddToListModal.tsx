import {
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { ArchiveFilter } from '../../shared/fields';
import { listCreateInput } from '../../shared/lists';
import type { DirectoryKind } from '../../shared/workspace';
import { invalidateKinds } from '../app/query-client';
import { formatCount } from '../lib/format';
import { errorMessage, invoke } from '../lib/rpc';
import { useSavedLists } from './list-queries';

/** The contacts or companies screen's search, for "add everyone it shows". */
type ScreenFilter = { query: string; status: ArchiveFilter };

export type AddTarget = { recordIds: number[] } | { fromFilter: ScreenFilter };

interface AddToListModalProps {
  kind: DirectoryKind;
  noun: string;
  plural: string;
  /** What to add; the modal is open while there is something. */
  target: AddTarget | null;
  onClose: () => void;
  onAdded: () => void;
}

const matchingCount = async (kind: DirectoryKind, filter: ScreenFilter) =>
  (kind === 'contacts'
    ? await invoke('contacts.list', { ...filter, limit: 1 })
    : await invoke('companies.list', { ...filter, limit: 1 })
  ).total;

interface MatchingSummaryProps {
  kind: DirectoryKind;
  noun: string;
  plural: string;
  filter: ScreenFilter;
}

/** Says in words who "all matching" is, with the count, so nobody adds 10,000 records by surprise. */
const MatchingSummary = ({ kind, noun, plural, filter }: MatchingSummaryProps) => {
  const count = useQuery({
    queryKey: [kind, 'list', 'count', filter],
    queryFn: () => matchingCount(kind, filter),
  });
  const who = filter.status === 'all' ? plural : `${filter.status} ${plural}`;
  const total = count.data === undefined ? '…' : formatCount(count.data, noun, plural);
  return (
    <Text size="sm">
      {filter.query ? `Everyone matching “${filter.query}” among ${who}` : `All ${who}`}: {total}.
    </Text>
  );
};

export const AddToListModal = ({ target, onClose, ...props }: AddToListModalProps) => {
  const title =
    target && 'recordIds' in target
      ? `Add ${formatCount(target.recordIds.length, props.noun, props.plural)} to a list`
      : `Add all matching ${props.plural} to a list`;
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} size="md">
      {target && <AddToListForm target={target} onClose={onClose} {...props} />}
    </Modal>
  );
};

const AddToListForm = ({
  kind,
  noun,
  plural,
  target,
  onClose,
  onAdded,
}: AddToListModalProps & { target: AddTarget }) => {
  const client = useQueryClient();
  const lists = useSavedLists('active', kind);
  const staticLists = (lists.data ?? []).filter((list) => list.type === 'static');
  const [chosenMode, setMode] = useState<'existing' | 'new'>();
  const mode = chosenMode ?? (lists.isSuccess && staticLists.length === 0 ? 'new' : 'existing');
  const [listId, setListId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<{ list?: string; name?: string }>({});

  const add = useMutation({
    mutationFn: async () => {
      const list =
        mode === 'new'
          ? await invoke('lists.create', { name, recordKind: kind })
          : staticLists.find((candidate) => String(candidate.id) === listId);
      if (!list) throw new Error('Choose a list');
      return { list, change: await invoke('lists.addMembers', { listId: list.id, ...target }) };
    },
    onSuccess: ({ list, change }) => {
      invalidateKinds(client, ['lists']);
      notifications.show({
        color: 'teal',
        title: `Added to ${list.name}`,
        message: (
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Text size="sm" c="dimmed">
              {change.changed === 0
                ? `They were all in it already.`
                : `${formatCount(change.changed, noun, plural)} added; it now has ${formatCount(change.memberCount, 'member')}.`}
            </Text>
            <Anchor href={`#/lists/${list.id}`} size="sm" style={{ flexShrink: 0 }}>
              Open list
            </Anchor>
          </Group>
        ),
      });
      onAdded();
      onClose();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems =
      mode === 'new'
        ? { name: listCreateInput.shape.name.safeParse(name).error?.issues[0]?.message }
        : { list: listId ? undefined : 'Choose a list' };
    setErrors(problems);
    if (!problems.name && !problems.list) add.mutate();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {'fromFilter' in target && (
          <MatchingSummary kind={kind} noun={noun} plural={plural} filter={target.fromFilter} />
        )}
        <SegmentedControl
          aria-label="Add to"
          fullWidth
          value={mode}
          onChange={(value) => setMode(value === 'new' ? 'new' : 'existing')}
          data={[
            { value: 'existing', label: 'Existing list' },
            { value: 'new', label: 'New list' },
          ]}
        />
        {mode === 'existing' ? (
          <Select
            label="List"
            placeholder={staticLists.length > 0 ? 'Choose a list' : `No lists of ${plural} yet`}
            description="Lists you fill by hand; smart lists fill themselves from their filter."
            data={staticLists.map((list) => ({ value: String(list.id), label: list.name }))}
            value={listId}
            onChange={setListId}
            error={errors.list}
            searchable
            nothingFoundMessage="No list by that name"
          />
        ) : (
          <TextInput
            label="New list name"
            placeholder="e.g. Newsletter, Conference 2026"
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errors.name}
            data-autofocus
          />
        )}
        {add.error && (
          <Alert color="red" variant="light" title="Nothing was added">
            {errorMessage(add.error)}
          </Alert>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={add.isPending}>
            {mode === 'new' ? 'Create list and add' : 'Add'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
