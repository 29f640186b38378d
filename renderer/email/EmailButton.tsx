import { Button } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ComposeInput } from '../../shared/outbox';
import { invoke } from '../lib/rpc';
import { notifyFailure } from '../records/notices';
import { ComposeDialog } from './ComposeDialog';
import { outboxMessageKey } from './outbox-queries';

/** "Email" on a document: opens its draft email (made from the template the first time). */
export const EmailButton = ({
  source,
  before,
}: {
  source: ComposeInput;
  before?: () => Promise<boolean>;
}) => {
  const client = useQueryClient();
  const [messageId, setMessageId] = useState<number | null>(null);
  const compose = useMutation({
    mutationFn: async () => (before && !(await before()) ? null : invoke('outbox.compose', source)),
    onSuccess: (message) => {
      if (!message) return;
      client.setQueryData(outboxMessageKey(message.id), message);
      setMessageId(message.id);
    },
    onError: (error) => notifyFailure('Could not write the email', error),
  });
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconMail size={16} aria-hidden />}
        loading={compose.isPending}
        onClick={() => compose.mutate()}
      >
        Email
      </Button>
      {messageId !== null && <ComposeDialog messageId={messageId} onClose={() => setMessageId(null)} />}
    </>
  );
};
