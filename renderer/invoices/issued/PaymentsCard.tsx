import { ActionIcon, Badge, Card, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Invoice, Payment } from '../../../shared/invoices';
import { formatMoney } from '../../../shared/money';
import { ReasonDialog } from '../../deals/ReasonDialog';
import { formatCalendarDate } from '../../lib/format';
import { errorMessage, invoke } from '../../lib/rpc';
import { paymentMethodLabels } from '../invoice-labels';
import { applyInvoice } from '../invoice-queries';

const PaymentItem = ({
  payment,
  currency,
  onDelete,
}: {
  payment: Payment;
  currency: string;
  onDelete?: () => void;
}) => {
  const removed = payment.deletedAt !== null;
  const amount = formatMoney({ minor: payment.amountMinor, currency });
  return (
    <Group component="li" justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
      <div style={{ minWidth: 0 }}>
        <Text size="sm" fw={500} td={removed ? 'line-through' : undefined} c={removed ? 'dimmed' : undefined}>
          {formatCalendarDate(payment.paidOn)} · {paymentMethodLabels[payment.method]}
        </Text>
        {payment.reference && (
          <Text size="xs" c="dimmed" className="lb-truncate">
            {payment.reference}
          </Text>
        )}
        {removed && (
          <Text size="xs" c="dimmed">
            <Badge size="xs" variant="light" color="gray" mr={4}>
              Removed
            </Badge>
            {payment.deleteReason}
          </Text>
        )}
      </div>
      <Group gap={4} wrap="nowrap">
        <Text
          size="sm"
          fw={600}
          className="lb-numeric"
          td={removed ? 'line-through' : undefined}
          c={removed ? 'dimmed' : undefined}
        >
          {amount}
        </Text>
        {onDelete && (
          <Tooltip label="Delete payment" openDelay={400}>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Delete payment of ${amount} on ${formatCalendarDate(payment.paidOn)}`}
              onClick={onDelete}
            >
              <IconTrash size={15} aria-hidden />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
    </Group>
  );
};

/** Money received against the invoice; a removed payment stays listed, struck through, with its reason. */
export const PaymentsCard = ({ invoice }: { invoice: Invoice }) => {
  const client = useQueryClient();
  const [deleting, setDeleting] = useState<Payment | null>(null);
  const remove = useMutation({
    mutationFn: ({ paymentId, reason }: { paymentId: number; reason: string }) =>
      invoke('invoices.deletePayment', { paymentId, reason }),
    onSuccess: (changed) => {
      applyInvoice(client, changed);
      setDeleting(null);
      notifications.show({ color: 'teal', message: 'Payment deleted; the balance is open again.' });
    },
  });
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} fz="sm" fw={600} mb="md">
        Payments
      </Title>
      {invoice.payments.length === 0 ? (
        <Text size="sm" c="dimmed">
          No payments yet.
        </Text>
      ) : (
        <Stack
          gap="sm"
          component="ul"
          aria-label="Payments"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {invoice.payments.map((payment) => (
            <PaymentItem
              key={payment.id}
              payment={payment}
              currency={invoice.currency}
              // A payment partly refunded by a credit note can no longer be taken back as if it all stood.
              onDelete={
                payment.deletedAt === null && payment.amountMinor <= invoice.paidMinor
                  ? () => setDeleting(payment)
                  : undefined
              }
            />
          ))}
        </Stack>
      )}
      <ReasonDialog
        opened={deleting !== null}
        title="Delete this payment?"
        description="The payment no longer counts towards the balance. It stays in the invoice's history with your reason."
        confirmLabel="Delete payment"
        busy={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : null}
        onConfirm={(reason) => deleting && remove.mutate({ paymentId: deleting.id, reason })}
        onCancel={() => {
          remove.reset();
          setDeleting(null);
        }}
      />
    </Card>
  );
};
