import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Invoice } from '../../../shared/invoices';
import { errorMessage, invoke } from '../../lib/rpc';
import { applyInvoice } from '../invoice-queries';

interface IssueDialogProps {
  invoice: Invoice;
  opened: boolean;
  onClose: () => void;
}

/** The last step before an invoice is frozen: it says which number it gets and that there is no going back. */
export const IssueDialog = ({ invoice, opened, onClose }: IssueDialogProps) => {
  const client = useQueryClient();
  const series = useQuery({
    queryKey: ['settings', 'numbering'],
    queryFn: () => invoke('numbering.list', {}),
    enabled: opened,
    staleTime: 0,
  });
  const next = series.data?.find(
    (candidate) => candidate.documentKind === 'invoice' && candidate.isDefault,
  )?.nextNumber;
  const issue = useMutation({
    mutationFn: () => invoke('invoices.issue', { id: invoice.id }),
    onSuccess: (issued) => {
      applyInvoice(client, issued);
      notifications.show({ color: 'teal', message: `${issued.number} issued` });
      onClose();
    },
  });
  const close = () => {
    issue.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={next ? `Issue ${next}?` : 'Issue this invoice?'} centered>
      <Stack gap="md">
        <Text size="sm">
          {next ? `It gets the number ${next}` : 'It gets the next number in its series'} and can't be edited
          afterwards. Mistakes are corrected with a credit note.
        </Text>
        {issue.error && (
          <Alert color="red" variant="light" title="Not issued">
            {errorMessage(issue.error)}
          </Alert>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button loading={issue.isPending} onClick={() => issue.mutate()} data-autofocus>
            Issue invoice
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
