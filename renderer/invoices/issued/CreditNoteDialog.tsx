import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Radio,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Creditable } from '../../../shared/credit-notes';
import type { Invoice, PaymentMethod } from '../../../shared/invoices';
import { formatMoney } from '../../../shared/money';
import { todayIso } from '../../lib/format';
import { errorMessage, invoke, RpcFailure } from '../../lib/rpc';
import { PageLoader } from '../../records/QueryState';
import { applyInvoice } from '../invoice-queries';
import { useCreditable } from './credit-note-queries';
import { type CreditChoice, chosenLines, creditPart, previewValue } from './credit-request';
import { RefundFields } from './RefundFields';

type Outcome = 'reduce' | 'refund' | 'credit';

const outcomeHint = (outcome: Outcome, owed: string) =>
  outcome === 'reduce'
    ? `Takes the credit off what is still owed (${owed}).`
    : outcome === 'refund'
      ? `Takes the credit off what is still owed (${owed}) first; the rest goes back to the customer.`
      : `Takes the credit off what is still owed (${owed}) first; the rest stays with the customer for later invoices.`;

const CreditForm = ({
  invoice,
  creditable,
  onClose,
}: {
  invoice: Invoice;
  creditable: Creditable;
  onClose: () => void;
}) => {
  const client = useQueryClient();
  const money = (minor: number) => formatMoney({ minor, currency: invoice.currency });
  const open = creditable.lines.filter((line) => Number(line.remainingQuantity) > 0);
  const [choice, setChoice] = useState<CreditChoice>({ mode: 'lines', quantities: {}, amount: '' });
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(invoice.balanceMinor > 0 ? 'reduce' : 'refund');
  const [method, setMethod] = useState<PaymentMethod>('bank_transfer');
  const [paidOn, setPaidOn] = useState(todayIso());
  const value = previewValue(invoice, creditable.lines, choice);
  const issue = useMutation({
    mutationFn: () =>
      invoke('creditNotes.issue', {
        invoiceId: invoice.id,
        ...creditPart(invoice, creditable.lines, choice),
        reason,
        outcome,
        ...(outcome === 'refund' ? { refund: { method, paidOn } } : {}),
      }),
    onSuccess: async (note) => {
      applyInvoice(client, note);
      notifications.show({
        color: 'teal',
        message: `Credit note ${note.number} issued for ${money(note.totalMinor)}.`,
      });
      onClose();
    },
  });
  const fields = issue.error instanceof RpcFailure ? issue.error.fields : {};
  const requested = chosenLines(choice, creditable.lines);
  const lineError = (lineId: number) => {
    const index = requested.findIndex((line) => line.lineId === lineId);
    return index < 0 ? undefined : fields[`lines.${index}.quantity`];
  };
  const shownFields = [
    'amountMinor',
    'reason',
    'outcome',
    'lines',
    ...requested.map((_, i) => `lines.${i}.quantity`),
  ];
  const otherError =
    issue.error && !Object.keys(fields).some((field) => shownFields.includes(field))
      ? errorMessage(issue.error)
      : null;
  const setQuantity = (lineId: number, quantity: string | undefined) =>
    setChoice((current) => {
      const quantities = { ...current.quantities };
      if (quantity === undefined) delete quantities[lineId];
      else quantities[lineId] = quantity;
      return { ...current, quantities };
    });

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        issue.mutate();
      }}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed" className="lb-numeric">
          {money(creditable.remainingMinor)} of {money(invoice.totalMinor)} can still be credited · balance{' '}
          {money(invoice.balanceMinor)}
        </Text>
        <SegmentedControl
          aria-label="Credit"
          value={choice.mode}
          onChange={(mode) => setChoice((current) => ({ ...current, mode: mode as CreditChoice['mode'] }))}
          data={[
            { value: 'lines', label: 'Lines' },
            { value: 'amount', label: 'An amount' },
          ]}
        />
        {choice.mode === 'lines' ? (
          <Stack gap={4}>
            <Table verticalSpacing={6} aria-label="Lines to credit">
              <Table.Tbody>
                {open.map((line) => {
                  const quantity = choice.quantities[line.lineId];
                  return (
                    <Table.Tr key={line.lineId}>
                      <Table.Td>
                        <Checkbox
                          label={line.description}
                          checked={quantity !== undefined}
                          onChange={(event) =>
                            setQuantity(
                              line.lineId,
                              event.currentTarget.checked ? line.remainingQuantity : undefined,
                            )
                          }
                        />
                      </Table.Td>
                      <Table.Td w={190}>
                        <TextInput
                          aria-label={`Quantity to credit for ${line.description}`}
                          value={quantity ?? ''}
                          disabled={quantity === undefined}
                          inputMode="decimal"
                          className="lb-numeric"
                          error={lineError(line.lineId)}
                          onChange={(event) => setQuantity(line.lineId, event.currentTarget.value)}
                          rightSection={
                            <Text size="xs" c="dimmed" pr={6} style={{ whiteSpace: 'nowrap' }}>
                              of {line.remainingQuantity}
                            </Text>
                          }
                          rightSectionWidth={64}
                        />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
            {open.length === 0 && (
              <Text size="sm" c="dimmed">
                Every line is already credited in full.
              </Text>
            )}
            {fields.lines && (
              <Text size="sm" c="red.7">
                {fields.lines}
              </Text>
            )}
          </Stack>
        ) : (
          <TextInput
            label="Amount to credit"
            description="Including tax; split over the invoice’s tax rates like its lines."
            withAsterisk
            inputMode="decimal"
            className="lb-numeric"
            value={choice.amount}
            error={fields.amountMinor}
            onChange={(event) => {
              const amount = event.currentTarget.value;
              setChoice((current) => ({ ...current, amount }));
            }}
            rightSection={
              <Text size="xs" c="dimmed">
                {invoice.currency}
              </Text>
            }
            rightSectionWidth={44}
          />
        )}
        <Textarea
          label="Reason"
          withAsterisk
          placeholder="e.g. Hours not worked"
          maxLength={500}
          autosize
          minRows={2}
          value={reason}
          error={fields.reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <Radio.Group
          label="What happens to the credit"
          value={outcome}
          onChange={(next) => setOutcome(next as Outcome)}
          error={fields.outcome}
          description={outcomeHint(outcome, money(invoice.balanceMinor))}
        >
          <Group gap="lg" mt={6}>
            <Radio value="reduce" label="Reduce the balance" />
            <Radio value="refund" label="Refund" />
            <Radio value="credit" label="Keep as customer credit" disabled={invoice.accountId === null} />
          </Group>
        </Radio.Group>
        {outcome === 'refund' && (
          <RefundFields method={method} paidOn={paidOn} onMethod={setMethod} onPaidOn={setPaidOn} />
        )}
        {otherError && (
          <Alert color="red" variant="light" title="Not issued">
            {otherError}
          </Alert>
        )}
        <Group justify="space-between" gap="xs">
          <Text size="sm" className="lb-numeric" aria-live="polite">
            {value === null ? ' ' : `Credit note total ${money(-value)}`}
          </Text>
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={issue.isPending}>
              Issue credit note
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
};

/** Credits part or all of an issued invoice: its lines with quantities, or an amount, with a reason and an outcome. */
export const CreditNoteDialog = ({ invoice, onClose }: { invoice: Invoice; onClose: () => void }) => {
  const creditable = useCreditable(invoice.id);
  return (
    <Modal opened onClose={onClose} title={`Issue a credit note for ${invoice.number}`} centered size="lg">
      {creditable.error ? (
        <Alert color="red" variant="light">
          {errorMessage(creditable.error)}
        </Alert>
      ) : creditable.data ? (
        <CreditForm invoice={invoice} creditable={creditable.data} onClose={onClose} />
      ) : (
        <PageLoader label="Loading what can be credited" />
      )}
    </Modal>
  );
};
