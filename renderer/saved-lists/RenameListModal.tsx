import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { listCreateInput, type SavedList } from '../../shared/lists';
import { errorMessage, invoke } from '../lib/rpc';
import { applySaved } from '../records/record-actions';

interface RenameListModalProps {
  list: SavedList;
  opened: boolean;
  onClose: () => void;
}

export const RenameListModal = ({ list, opened, onClose }: RenameListModalProps) => (
  <Modal opened={opened} onClose={onClose} title="Rename list">
    <RenameForm list={list} onClose={onClose} />
  </Modal>
);

const RenameForm = ({ list, onClose }: Omit<RenameListModalProps, 'opened'>) => {
  const client = useQueryClient();
  const [name, setName] = useState(list.name);
  const [error, setError] = useState<string>();
  const rename = useMutation({
    mutationFn: (newName: string) => invoke('lists.update', { id: list.id, changes: { name: newName } }),
    onSuccess: (saved) => {
      applySaved(client, 'lists', saved);
      onClose();
    },
    onError: (failure) => setError(errorMessage(failure)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = listCreateInput.shape.name.safeParse(name).error?.issues[0]?.message;
    setError(problem);
    if (!problem) rename.mutate(name);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label="List name"
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={error}
          data-autofocus
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={rename.isPending}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
