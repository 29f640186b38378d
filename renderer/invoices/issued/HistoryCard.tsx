import { Card, Text, Timeline, Title } from '@mantine/core';
import type { Invoice, InvoiceEvent, InvoiceEventKind } from '../../../shared/invoices';
import { formatMoney } from '../../../shared/money';
import { formatCount, formatDateTime } from '../../lib/format';
import { paymentMethodLabels } from '../invoice-labels';

const eventNames: Record<InvoiceEventKind, string> = {
  created: 'Draft created',
  updated: 'Draft edited',
  issued: 'Issued',
  payment_recorded: 'Payment recorded',
  payment_deleted: 'Payment deleted',
  voided: 'Voided',
  pdf_exported: 'PDF exported',
  escalated: 'Follow-up task created',
  credited: 'Credit note issued',
  credit_applied: 'Credit applied',
  emailed: 'Emailed',
  reminder_drafted: 'Reminder drafted',
  late_fee_charged: 'Late fee charged',
};

const origins: Record<string, string> = {
  deal: 'from a won deal',
  account: 'from the account',
  estimate: 'from an approved estimate',
};

/** The facts worth a line under the event: the number given, the amount paid, the reason stated. */
const eventDetail = ({ kind, detail }: InvoiceEvent, currency: string): string => {
  const text = (key: string) => (typeof detail[key] === 'string' ? (detail[key] as string) : '');
  const amount =
    typeof detail.amountMinor === 'number' ? formatMoney({ minor: detail.amountMinor, currency }) : '';
  switch (kind) {
    case 'created':
      return origins[text('from')] ?? '';
    case 'issued':
      return text('number');
    case 'payment_recorded': {
      const method = paymentMethodLabels[text('method') as keyof typeof paymentMethodLabels] ?? '';
      return [amount, method, text('reference')].filter(Boolean).join(' · ');
    }
    case 'payment_deleted':
      return [amount, text('reason') && `“${text('reason')}”`].filter(Boolean).join(' · ');
    case 'voided':
      return text('reason') && `“${text('reason')}”`;
    case 'pdf_exported':
      return text('fileName');
    case 'emailed':
      return text('to');
    case 'reminder_drafted':
      return text('step');
    case 'late_fee_charged':
      return amount;
    case 'escalated':
      return typeof detail.daysOverdue === 'number'
        ? `${formatCount(detail.daysOverdue, 'day')} overdue`
        : '';
    case 'credited':
    case 'credit_applied':
      return [text('number'), amount].filter(Boolean).join(' · ');
    case 'updated':
      return '';
  }
};

interface Entry {
  event: InvoiceEvent;
  /** Autosave logs every pause in typing; a run of edits shows as one entry. */
  edits: number;
}

const entriesOf = (events: InvoiceEvent[]): Entry[] => {
  const entries: Entry[] = [];
  for (const event of events) {
    const last = entries.at(-1);
    if (event.kind === 'updated' && last?.event.kind === 'updated')
      entries[entries.length - 1] = { event, edits: last.edits + 1 };
    else entries.push({ event, edits: 1 });
  }
  return entries.reverse();
};

/** Every state change of the invoice, newest first, as the audit log kept it. */
export const HistoryCard = ({ invoice }: { invoice: Invoice }) => (
  <Card withBorder radius="md" padding="lg">
    <Title order={2} fz="sm" fw={600} mb="md">
      History
    </Title>
    <Timeline bulletSize={10} lineWidth={2} aria-label="Invoice history">
      {entriesOf(invoice.events).map(({ event, edits }) => {
        const detail =
          event.kind === 'updated' && edits > 1 ? `${edits} saves` : eventDetail(event, invoice.currency);
        return (
          <Timeline.Item
            key={event.id}
            title={
              <Text size="sm" fw={500}>
                {eventNames[event.kind]}
              </Text>
            }
          >
            {detail && (
              <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
                {detail}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {formatDateTime(event.occurredAt)}
            </Text>
          </Timeline.Item>
        );
      })}
    </Timeline>
  </Card>
);
