import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Invoice } from '../../../shared/invoices';
import { parseMajorUnits } from '../../../shared/major-units';
import { formatMoney, majorUnitsText } from '../../../shared/money';
import { errorMessage, invoke, RpcFailure } from '../../lib/rpc';
import { applyInvoice } from '../invoice-queries';

/** Settles part of this invoice with credit its account holds in the same currency. */
export const ApplyCreditDialog = ({
  invoice,
  availableMinor,
  onClose,
}: {
  invoice: Invoice;
  availableMinor: number;
  onClose: () => void;
}) => {
  const client = useQueryClient();
  const money = (minor: number) => formatMoney({ minor, currency: invoice.currency });
  const [amount, setAmount] = useState(
    majorUnitsText(Math.min(availableMinor, invoice.balanceMinor), invoice.currency),
  );
  const parsed = parseMajorUnits(amount, invoice.currency);
  const apply = useMutation({
    mutationFn: () =>
      invoke('creditNotes.applyCredit', { invoiceId: invoice.id, amountMinor: parsed.ok ? parsed.minor : 0 }),
    onSuccess: (applied) => {
      applyInvoice(client, applied);
      notifications.show({
        color: 'teal',
        message: `Credit applied. ${applied.number} now owes ${money(applied.balanceMinor)}.`,
      });
      onClose();
    },
  });
  const fieldError = apply.error instanceof RpcFailure ? apply.error.fields.amountMinor : undefined;
  return (
    <Modal opened onClose={onClose} title={`Apply credit to ${invoice.number}`} centered>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          apply.mutate();
        }}
      >
        <Stack gap="md">
          <Text size="sm" c="dimmed" className="lb-numeric">
            The account holds {money(availableMinor)} of credit · balance {money(invoice.balanceMinor)}
          </Text>
          <TextInput
            label="Credit to apply"
            withAsterisk
            inputMode="decimal"
            className="lb-numeric"
            data-autofocus
            value={amount}
            error={fieldError ?? (amount !== '' && !parsed.ok ? parsed.message : undefined)}
            onChange={(event) => setAmount(event.currentTarget.value)}
            rightSection={
              <Text size="xs" c="dimmed">
                {invoice.currency}
              </Text>
            }
            rightSectionWidth={44}
          />
          {apply.error && !fieldError && (
            <Alert color="red" variant="light" title="Not applied">
              {errorMessage(apply.error)}
            </Alert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={apply.isPending}>
              Apply credit
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
