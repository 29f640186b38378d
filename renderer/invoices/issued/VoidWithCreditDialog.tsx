import { Alert, Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Invoice, PaymentMethod } from '../../../shared/invoices';
import { formatMoney } from '../../../shared/money';
import { todayIso } from '../../lib/format';
import { errorMessage, invoke, RpcFailure } from '../../lib/rpc';
import { applyInvoice } from '../invoice-queries';
import { RefundFields } from './RefundFields';

/**
 * Voiding an invoice money already moved on: a full credit note cancels it, and what was paid is
 * refunded or kept as the customer's credit.
 */
export const VoidWithCreditDialog = ({ invoice, onClose }: { invoice: Invoice; onClose: () => void }) => {
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<'refund' | 'credit'>('refund');
  const [method, setMethod] = useState<PaymentMethod>('bank_transfer');
  const [paidOn, setPaidOn] = useState(todayIso());
  const voiding = useMutation({
    mutationFn: () =>
      invoke('invoices.void', {
        id: invoice.id,
        reason,
        outcome,
        ...(outcome === 'refund' ? { refund: { method, paidOn } } : {}),
      }),
    onSuccess: (cancelled) => {
      applyInvoice(client, cancelled);
      notifications.show({ color: 'teal', message: `${cancelled.number} is cancelled by a credit note.` });
      onClose();
    },
  });
  const fields = voiding.error instanceof RpcFailure ? voiding.error.fields : {};
  const paid = formatMoney({ minor: invoice.paidMinor, currency: invoice.currency });
  return (
    <Modal opened onClose={onClose} title={`Void ${invoice.number}?`} centered>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          voiding.mutate();
        }}
      >
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {paid} was paid on it, so a credit note for everything left on it cancels it and keeps the records
            straight.
          </Text>
          <Textarea
            label="Reason"
            withAsterisk
            maxLength={500}
            autosize
            minRows={2}
            value={reason}
            error={fields.reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <Radio.Group
            label="What happens to the payments"
            value={outcome}
            error={fields.outcome}
            onChange={(next) => setOutcome(next as 'refund' | 'credit')}
          >
            <Group gap="lg" mt={6}>
              <Radio value="refund" label="Refund" />
              <Radio value="credit" label="Keep as customer credit" disabled={invoice.accountId === null} />
            </Group>
          </Radio.Group>
          {outcome === 'refund' && (
            <RefundFields method={method} paidOn={paidOn} onMethod={setMethod} onPaidOn={setPaidOn} />
          )}
          {voiding.error && !fields.reason && !fields.outcome && (
            <Alert color="red" variant="light" title="Not voided">
              {errorMessage(voiding.error)}
            </Alert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={voiding.isPending}>
              Void with a credit note
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
