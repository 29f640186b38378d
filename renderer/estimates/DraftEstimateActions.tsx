import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconSend, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useNavigate } from 'react-router';
import type { Estimate } from '../../shared/estimates';
import { EmailButton } from '../email/EmailButton';
import { PdfExportButton } from '../invoices/PdfExportButton';
import { invoke } from '../lib/rpc';
import { notifyFailure } from '../records/notices';
import { applyEstimate, estimateKey } from './estimate-queries';

interface DraftEstimateActionsProps {
  estimate: Estimate;
  /** Saves what is typed now; false when something must be fixed first. */
  save: () => Promise<boolean>;
  saving: boolean;
  dirty: boolean;
  /** Forgets what is typed, so leaving after a delete does not ask about unsaved changes. */
  discard: () => void;
}

interface DeleteDialogProps {
  estimate: Estimate;
  onClose: () => void;
  discard: () => void;
}

const DeleteDialog = ({ estimate, onClose, discard }: DeleteDialogProps) => {
  const client = useQueryClient();
  const navigate = useNavigate();
  const remove = useMutation({
    mutationFn: () => invoke('estimates.delete', { id: estimate.id }),
    onSuccess: () => {
      client.removeQueries({ queryKey: estimateKey(estimate.id) });
      void client.invalidateQueries({ queryKey: ['estimates'] });
      notifications.show({ color: 'teal', message: 'Draft estimate deleted' });
      flushSync(discard);
      navigate('/estimates');
    },
    onError: (error) => notifyFailure('The draft was not deleted', error),
  });
  return (
    <Modal opened onClose={onClose} title="Delete this draft estimate?" centered>
      <Stack gap="md">
        <Text size="sm">
          The draft{estimate.customerName ? ` for ${estimate.customerName}` : ''} and its lines are removed.
          It has no number yet, so no number is skipped.
        </Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Keep it
          </Button>
          <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
            Delete draft
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};

/** Save, export, delete and send for a draft; each saves what is typed first, so nothing acts on stale content. */
export const DraftEstimateActions = ({
  estimate,
  save,
  saving,
  dirty,
  discard,
}: DraftEstimateActionsProps) => {
  const client = useQueryClient();
  const [deleting, setDeleting] = useState(false);
  const send = useMutation({
    mutationFn: async () => ((await save()) ? invoke('estimates.send', { id: estimate.id }) : null),
    onSuccess: (sent) => {
      if (!sent) {
        notifications.show({
          color: 'orange',
          message: 'Fix the highlighted fields, then send the estimate.',
        });
        return;
      }
      applyEstimate(client, sent);
      notifications.show({
        color: 'teal',
        message: `Estimate ${sent.number} is ready to send to the client.`,
      });
    },
    onError: (error) => notifyFailure('The estimate was not sent', error),
  });
  return (
    <>
      <PdfExportButton id={estimate.id} before={save} channel="estimates.exportPdf" />
      <EmailButton source={{ kind: 'estimate', estimateId: estimate.id }} before={save} />
      <Button
        variant="default"
        leftSection={<IconTrash size={16} aria-hidden />}
        onClick={() => setDeleting(true)}
      >
        Delete draft
      </Button>
      <Button
        variant="default"
        leftSection={<IconDeviceFloppy size={16} aria-hidden />}
        loading={saving && !send.isPending}
        disabled={!dirty}
        onClick={() => void save()}
      >
        {dirty ? 'Save draft' : 'Saved'}
      </Button>
      <Button
        leftSection={<IconSend size={16} aria-hidden />}
        loading={send.isPending}
        onClick={() => send.mutate()}
      >
        Send estimate
      </Button>
      {deleting && <DeleteDialog estimate={estimate} onClose={() => setDeleting(false)} discard={discard} />}
    </>
  );
};
