import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconFileInvoice, IconX } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Estimate } from '../../shared/estimates';
import { EmailButton } from '../email/EmailButton';
import { invoicePath } from '../invoices/invoice-queries';
import { PdfExportButton } from '../invoices/PdfExportButton';
import { errorMessage, invoke } from '../lib/rpc';
import { notifyFailure } from '../records/notices';
import { DecisionDialog } from './DecisionDialog';
import { estimateName } from './estimate-labels';
import { applyEstimate } from './estimate-queries';

/** What can still happen to a sent estimate: the client's answer, its PDF, and the invoice it becomes. */
export const SentEstimateActions = ({ estimate }: { estimate: Estimate }) => {
  const client = useQueryClient();
  const navigate = useNavigate();
  const [deciding, setDeciding] = useState<'approve' | 'decline' | null>(null);
  const decide = useMutation({
    mutationFn: ({ decision, by }: { decision: 'approve' | 'decline'; by: string }) =>
      invoke(decision === 'approve' ? 'estimates.approve' : 'estimates.decline', { id: estimate.id, by }),
    onSuccess: (decided) => {
      applyEstimate(client, decided);
      setDeciding(null);
      notifications.show({
        color: 'teal',
        message: `${estimateName(decided)} is ${decided.status}, recorded for ${decided.decidedBy}.`,
      });
    },
  });
  const convert = useMutation({
    mutationFn: () => invoke('estimates.convert', { id: estimate.id }),
    onSuccess: ({ estimate: converted, invoiceId }) => {
      applyEstimate(client, converted);
      void client.invalidateQueries({ queryKey: ['invoices'] });
      notifications.show({
        color: 'teal',
        message: `A draft invoice was made from ${estimateName(converted)}.`,
      });
      navigate(invoicePath({ id: invoiceId }));
    },
    onError: (error) => notifyFailure('No invoice was made', error),
  });
  const open = estimate.status === 'sent';

  return (
    <>
      <PdfExportButton id={estimate.id} channel="estimates.exportPdf" />
      <EmailButton source={{ kind: 'estimate', estimateId: estimate.id }} />
      {open && (
        <Button
          variant="default"
          leftSection={<IconX size={16} aria-hidden />}
          onClick={() => setDeciding('decline')}
        >
          Decline
        </Button>
      )}
      {open && (
        <Button
          color="teal"
          leftSection={<IconCheck size={16} aria-hidden />}
          onClick={() => setDeciding('approve')}
        >
          Approve
        </Button>
      )}
      {estimate.status === 'approved' &&
        (estimate.invoiceId === null ? (
          <Button
            leftSection={<IconFileInvoice size={16} aria-hidden />}
            loading={convert.isPending}
            onClick={() => convert.mutate()}
          >
            Convert to invoice
          </Button>
        ) : (
          <Button
            variant="light"
            leftSection={<IconFileInvoice size={16} aria-hidden />}
            onClick={() => navigate(invoicePath({ id: estimate.invoiceId ?? 0 }))}
          >
            Open invoice
          </Button>
        ))}
      {deciding && (
        <DecisionDialog
          decision={deciding}
          estimateName={estimateName(estimate)}
          busy={decide.isPending}
          error={decide.error ? errorMessage(decide.error) : null}
          onConfirm={(by) => decide.mutate({ decision: deciding, by })}
          onCancel={() => {
            decide.reset();
            setDeciding(null);
          }}
        />
      )}
    </>
  );
};
