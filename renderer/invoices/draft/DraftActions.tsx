import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSend, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Invoice } from '../../../shared/invoices';
import { EmailButton } from '../../email/EmailButton';
import { invoke } from '../../lib/rpc';
import { notifyFailure } from '../../records/notices';
import { invoiceKey } from '../invoice-queries';
import { PdfExportButton } from '../PdfExportButton';
import { IssueDialog } from './IssueDialog';

interface DraftActionsProps {
  invoice: Invoice;
  /** Saves what is typed now; false when something must be fixed first. */
  flush: () => Promise<boolean>;
}

const DeleteDraftDialog = ({
  invoice,
  opened,
  onClose,
}: {
  invoice: Invoice;
  opened: boolean;
  onClose: () => void;
}) => {
  const client = useQueryClient();
  const navigate = useNavigate();
  const remove = useMutation({
    mutationFn: () => invoke('invoices.delete', { id: invoice.id }),
    onSuccess: () => {
      client.removeQueries({ queryKey: invoiceKey(invoice.id) });
      void client.invalidateQueries({ queryKey: ['invoices'] });
      void client.invalidateQueries({ queryKey: ['accounts'] });
      notifications.show({ color: 'teal', message: 'Draft deleted' });
      navigate('/invoices');
    },
    onError: (error) => notifyFailure('The draft was not deleted', error),
  });
  return (
    <Modal opened={opened} onClose={onClose} title="Delete this draft?" centered>
      <Stack gap="md">
        <Text size="sm">
          The draft{invoice.customerName ? ` for ${invoice.customerName}` : ''} and its lines are removed. It
          has no number yet, so no number is skipped.
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

/** Export, delete and issue for a draft; each saves what is typed first, so nothing acts on stale content. */
export const DraftActions = ({ invoice, flush }: DraftActionsProps) => {
  const [open, setOpen] = useState<'issue' | 'delete' | null>(null);
  const [checking, setChecking] = useState(false);
  const startIssue = async () => {
    setChecking(true);
    try {
      if (await flush()) setOpen('issue');
      else
        notifications.show({
          color: 'orange',
          message: 'Fix the highlighted fields, then issue the invoice.',
        });
    } finally {
      setChecking(false);
    }
  };
  return (
    <>
      <PdfExportButton id={invoice.id} before={flush} />
      <EmailButton source={{ kind: 'invoice', invoiceId: invoice.id }} before={flush} />
      <Button
        variant="default"
        leftSection={<IconTrash size={16} aria-hidden />}
        onClick={() => setOpen('delete')}
      >
        Delete draft
      </Button>
      <Button
        leftSection={<IconSend size={16} aria-hidden />}
        loading={checking}
        onClick={() => void startIssue()}
      >
        Issue invoice
      </Button>
      <IssueDialog invoice={invoice} opened={open === 'issue'} onClose={() => setOpen(null)} />
      <DeleteDraftDialog invoice={invoice} opened={open === 'delete'} onClose={() => setOpen(null)} />
    </>
  );
};
