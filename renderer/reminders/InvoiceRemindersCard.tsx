import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatMoney } from '../../shared/money';
import type { InvoiceReminder, LateFee } from '../../shared/reminders';
import { outboxStatusWords } from '../email/outbox-status-words';
import { formatCalendarDate } from '../lib/format';
import { invoke } from '../lib/rpc';

const ReminderItem = ({ reminder }: { reminder: InvoiceReminder }) => (
  <Group component="li" justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
    <div style={{ minWidth: 0 }}>
      <Text size="sm" fw={500}>
        {reminder.label} · {formatCalendarDate(reminder.date)}
      </Text>
      {reminder.outcome === 'drafted' && reminder.outboxMessageId !== null && (
        <Text size="xs" c="dimmed">
          {reminder.outboxStatus && outboxStatusWords[reminder.outboxStatus]} ·{' '}
          <Anchor component={Link} to="/outbox" size="xs">
            Open the outbox
          </Anchor>
        </Text>
      )}
    </div>
    <Badge
      size="sm"
      variant="light"
      color={reminder.outcome === 'drafted' ? 'blue' : 'gray'}
      style={{ flexShrink: 0 }}
      title={
        reminder.outcome === 'skipped'
          ? 'A later reminder went instead, or the day fell before the invoice'
          : undefined
      }
    >
      {reminder.outcome === 'drafted' ? 'Reminder drafted' : 'Skipped'}
    </Badge>
  </Group>
);

const LateFeeLine = ({ fee }: { fee: LateFee }) => (
  <Text size="sm">
    Late fee of{' '}
    <span className="lb-numeric">{formatMoney({ minor: fee.amountMinor, currency: fee.currency })}</span>{' '}
    charged {formatCalendarDate(fee.chargedOn)} ·{' '}
    {fee.billedInvoiceId === null ? (
      'waiting for the customer’s next invoice'
    ) : (
      <Anchor component={Link} to={`/invoices/${fee.billedInvoiceId}`} size="sm">
        billed on {fee.billedInvoiceNumber ?? 'a draft invoice'}
      </Anchor>
    )}
  </Text>
);

/** The reminders an invoice got or skipped, the next one planned, and its late fee. */
export const InvoiceRemindersCard = ({ invoiceId }: { invoiceId: number }) => {
  const reminders = useQuery({
    queryKey: ['invoices', 'reminders', invoiceId],
    queryFn: () => invoke('reminders.forInvoice', { invoiceId }),
  });
  const data = reminders.data;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="invoice-reminders-title">
      <Title id="invoice-reminders-title" order={2} fz="sm" fw={600} mb="md">
        Reminders
      </Title>
      {data && (
        <Stack gap="sm">
          {data.decided.length > 0 && (
            <Stack
              gap="sm"
              component="ul"
              aria-label="Reminders so far"
              style={{ listStyle: 'none', padding: 0, margin: 0 }}
            >
              {data.decided.map((reminder) => (
                <ReminderItem key={reminder.stepId} reminder={reminder} />
              ))}
            </Stack>
          )}
          <Text size="sm" c="dimmed">
            {data.next
              ? `Next: ${data.next.label}, on ${formatCalendarDate(data.next.date)}.`
              : data.decided.length === 0
                ? 'No reminders planned.'
                : 'No more reminders planned.'}{' '}
            <Anchor component={Link} to="/settings/reminders" size="sm">
              Reminder settings
            </Anchor>
          </Text>
          {data.lateFee && <LateFeeLine fee={data.lateFee} />}
        </Stack>
      )}
    </Card>
  );
};
