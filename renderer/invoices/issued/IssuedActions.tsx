import { Anchor, Button, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBan, IconCash, IconListCheck, IconReceiptRefund, IconWallet } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Invoice } from '../../../shared/invoices';
import { ReasonDialog } from '../../deals/ReasonDialog';
import { EmailButton } from '../../email/EmailButton';
import { errorMessage, invoke } from '../../lib/rpc';
import { notifyFailure } from '../../records/notices';
import { applyInvoice, invoiceKey } from '../invoice-queries';
import { PdfExportButton } from '../PdfExportButton';
import { ApplyCreditDialog } from './ApplyCreditDialog';
import { CreditNoteDialog } from './CreditNoteDialog';
import { useAvailableCredit } from './credit-note-queries';
import { PaymentDialog } from './PaymentDialog';
import { VoidWithCreditDialog } from './VoidWithCreditDialog';

/** A notice outside the router, so its link is a plain hash address. */
const escalated = (invoice: Invoice, created: boolean) =>
  notifications.show({
    color: 'teal',
    title: created ? 'Follow-up task created' : 'A follow-up task is already open',
    autoClose: 10_000,
    message: (
      <Text size="sm">
        A task to chase {invoice.number} is on {invoice.customerName || 'the account'}’s timeline.{' '}
        {invoice.accountId !== null && <Anchor href={`#/accounts/${invoice.accountId}`}>Open account</Anchor>}
      </Text>
    ),
  });

/** What can still happen to an issued invoice: payments, credit, its PDF, chasing it, or voiding it. */
export const IssuedActions = ({ invoice }: { invoice: Invoice }) => {
  const client = useQueryClient();
  const [open, setOpen] = useState<'payment' | 'void' | 'voidWithCredit' | 'credit' | 'apply' | null>(null);
  const escalate = useMutation({
    mutationFn: () => invoke('invoices.escalate', { id: invoice.id }),
    onSuccess: ({ created }) => {
      void client.invalidateQueries({ queryKey: ['activities'] });
      void client.invalidateQueries({ queryKey: invoiceKey(invoice.id) });
      escalated(invoice, created);
    },
    onError: (error) => notifyFailure('No task was created', error),
  });
  const voiding = useMutation({
    mutationFn: (reason: string) => invoke('invoices.void', { id: invoice.id, reason }),
    onSuccess: (voided) => {
      applyInvoice(client, voided);
      setOpen(null);
      notifications.show({ color: 'teal', message: `${voided.number} is void; it keeps its number.` });
    },
  });
  const hasPayments = invoice.payments.some((payment) => payment.deletedAt === null);
  const payable = invoice.kind === 'invoice' && invoice.status !== 'void' && invoice.balanceMinor > 0;
  const creditable =
    invoice.kind === 'invoice' && invoice.status !== 'void' && invoice.creditedMinor < invoice.totalMinor;
  const credit = useAvailableCredit(payable ? invoice.accountId : null, invoice.currency);
  const availableCredit = credit.data ?? 0;

  return (
    <>
      {invoice.overdue && (
        <Button
          variant="default"
          leftSection={<IconListCheck size={16} aria-hidden />}
          loading={escalate.isPending}
          onClick={() => escalate.mutate()}
        >
          Create follow-up task
        </Button>
      )}
      <PdfExportButton id={invoice.id} />
      {invoice.status !== 'void' && <EmailButton source={{ kind: invoice.kind, invoiceId: invoice.id }} />}
      {creditable && (
        <Button
          variant="default"
          leftSection={<IconReceiptRefund size={16} aria-hidden />}
          onClick={() => setOpen('credit')}
        >
          Issue credit note
        </Button>
      )}
      {invoice.kind === 'invoice' &&
        ((invoice.status === 'issued' && !hasPayments && invoice.creditedMinor === 0) ||
          (invoice.status !== 'void' && invoice.paidMinor > 0)) && (
          <Button
            variant="default"
            leftSection={<IconBan size={16} aria-hidden />}
            onClick={() => setOpen(invoice.paidMinor > 0 ? 'voidWithCredit' : 'void')}
          >
            Void
          </Button>
        )}
      {payable && (
        <Button leftSection={<IconCash size={16} aria-hidden />} onClick={() => setOpen('payment')}>
          Record payment
        </Button>
      )}
      {payable && availableCredit > 0 && (
        <Button
          variant="default"
          leftSection={<IconWallet size={16} aria-hidden />}
          onClick={() => setOpen('apply')}
        >
          Apply credit
        </Button>
      )}
      {open === 'payment' && <PaymentDialog invoice={invoice} onClose={() => setOpen(null)} />}
      {open === 'credit' && <CreditNoteDialog invoice={invoice} onClose={() => setOpen(null)} />}
      {open === 'voidWithCredit' && <VoidWithCreditDialog invoice={invoice} onClose={() => setOpen(null)} />}
      {open === 'apply' && (
        <ApplyCreditDialog invoice={invoice} availableMinor={availableCredit} onClose={() => setOpen(null)} />
      )}
      <ReasonDialog
        opened={open === 'void'}
        title={`Void ${invoice.number}?`}
        description="A void invoice keeps its number and stays in your records, but nothing is owed on it any more."
        confirmLabel="Void invoice"
        busy={voiding.isPending}
        error={voiding.error ? errorMessage(voiding.error) : null}
        onConfirm={(reason) => voiding.mutate(reason)}
        onCancel={() => {
          voiding.reset();
          setOpen(null);
        }}
      />
    </>
  );
};
