import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSend } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { OutboxRow, SentMany } from '../../shared/outbox';
import { formatCount } from '../lib/format';
import { invoke } from '../lib/rpc';
import { notifyFailure } from '../records/notices';

const resultText = ({ queued, refused }: SentMany) =>
  refused.length === 0
    ? `${formatCount(queued, 'email')} queued`
    : `${formatCount(queued, 'email')} queued; ${refused.length} stayed drafts`;

/** Sends every draft on screen in one go, after saying how many and what sending them does. */
export const SendDraftsButton = ({ drafts }: { drafts: OutboxRow[] }) => {
  const client = useQueryClient();
  const [opened, setOpened] = useState(false);
  const [refused, setRefused] = useState<SentMany['refused']>([]);
  const send = useMutation({
    mutationFn: () => invoke('outbox.sendMany', { ids: drafts.map((draft) => draft.id) }),
    onSuccess: (result) => {
      void client.invalidateQueries({ queryKey: ['outbox'] });
      notifications.show({ color: result.refused.length ? 'orange' : 'teal', message: resultText(result) });
      setRefused(result.refused);
      if (result.refused.length === 0) setOpened(false);
    },
    onError: (error) => notifyFailure('Nothing was sent', error),
  });
  const close = () => {
    setOpened(false);
    setRefused([]);
  };
  return (
    <>
      <Button leftSection={<IconSend size={16} aria-hidden />} onClick={() => setOpened(true)}>
        Send all drafts
      </Button>
      <Modal opened={opened} onClose={close} title={`Send ${formatCount(drafts.length, 'draft')}?`} centered>
        <Stack gap="md">
          <Text size="sm">
            Each goes to its recipients with its document’s PDF, through the outbox.
            {drafts.some((draft) => draft.document.isDraft) &&
              ' Documents still in draft among them are issued (or sent) first, so they get their numbers.'}
          </Text>
          {refused.length > 0 && (
            <List size="sm" aria-label="Not sent">
              {refused.map((one) => (
                <List.Item key={one.id}>
                  {one.subject || '(no subject)'}: {one.message}
                </List.Item>
              ))}
            </List>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              {refused.length > 0 ? 'Close' : 'Cancel'}
            </Button>
            {refused.length === 0 && (
              <Button loading={send.isPending} onClick={() => send.mutate()} data-autofocus>
                Send {formatCount(drafts.length, 'email')}
              </Button>
            )}
          </Group>
        </Stack>
      </Modal>
    </>
  );
};
