import { Alert, Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Invoice, type PaymentMethod, paymentMethods } from '../../../shared/invoices';
import { parseMajorUnits } from '../../../shared/major-units';
import { formatMoney, majorUnitsText } from '../../../shared/money';
import { todayIso } from '../../lib/format';
import { errorMessage, invoke, RpcFailure } from '../../lib/rpc';
import { paymentMethodLabels, statusLabels } from '../invoice-labels';
import { applyInvoice } from '../invoice-queries';

interface PaymentValues extends Record<string, unknown> {
  paidOn: string;
  amount: string;
  method: PaymentMethod;
  reference: string;
}

const fieldOfInput: Record<string, keyof PaymentValues> = {
  paidOn: 'paidOn',
  amountMinor: 'amount',
  method: 'method',
  reference: 'reference',
};

/** Records money received; the amount starts at the balance, and the server refuses more than that. */
export const PaymentDialog = ({ invoice, onClose }: { invoice: Invoice; onClose: () => void }) => {
  const client = useQueryClient();
  const money = (minor: number) => formatMoney({ minor, currency: invoice.currency });
  const form = useForm<PaymentValues>({
    initialValues: {
      paidOn: todayIso(),
      amount: majorUnitsText(invoice.balanceMinor, invoice.currency),
      method: 'bank_transfer',
      reference: '',
    },
    validate: {
      paidOn: (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? null : 'Enter the date the money arrived'),
      amount: (value) => {
        const parsed = parseMajorUnits(value, invoice.currency);
        if (!parsed.ok) return parsed.message;
        return parsed.minor > 0 ? null : 'Enter an amount above zero';
      },
    },
  });
  const record = useMutation({
    mutationFn: (values: PaymentValues) => {
      const amount = parseMajorUnits(values.amount, invoice.currency);
      return invoke('invoices.recordPayment', {
        invoiceId: invoice.id,
        paidOn: values.paidOn,
        amountMinor: amount.ok ? amount.minor : 0,
        method: values.method,
        reference: values.reference,
      });
    },
    onSuccess: (paid) => {
      applyInvoice(client, paid);
      notifications.show({
        color: 'teal',
        message: `Payment recorded. ${paid.number} is ${statusLabels[paid.status].toLowerCase()}.`,
      });
      onClose();
    },
    onError: (error) => {
      if (!(error instanceof RpcFailure)) return;
      const fields = Object.entries(error.fields).map(([path, message]) => [
        fieldOfInput[path] ?? path,
        message,
      ]);
      form.setErrors(Object.fromEntries(fields));
    },
  });
  const fieldErrors = record.error instanceof RpcFailure && Object.keys(record.error.fields).length > 0;

  return (
    <Modal opened onClose={onClose} title={`Record a payment for ${invoice.number}`} centered>
      <form onSubmit={form.onSubmit((values) => record.mutate(values))} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed" className="lb-numeric">
            Balance {money(invoice.balanceMinor)} of {money(invoice.totalMinor)}
          </Text>
          <SimpleGrid cols={2} spacing="md">
            <TextInput {...form.getInputProps('paidOn')} type="date" label="Date received" withAsterisk />
            <TextInput
              {...form.getInputProps('amount')}
              label="Amount"
              withAsterisk
              inputMode="decimal"
              className="lb-numeric"
              data-autofocus
              rightSection={
                <Text size="xs" c="dimmed">
                  {invoice.currency}
                </Text>
              }
              rightSectionWidth={44}
            />
            <NativeSelect
              {...form.getInputProps('method')}
              label="Method"
              data={paymentMethods.map((method) => ({ value: method, label: paymentMethodLabels[method] }))}
            />
            <TextInput
              {...form.getInputProps('reference')}
              label="Reference"
              placeholder="e.g. bank reference"
              maxLength={200}
            />
          </SimpleGrid>
          {record.error && !fieldErrors && (
            <Alert color="red" variant="light" title="Not recorded">
              {errorMessage(record.error)}
            </Alert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={record.isPending}>
              Record payment
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
