import { Badge, Stack, Text } from '@mantine/core';
import type { OutboxRow } from '../../shared/outbox';
import { formatDateTime } from '../lib/format';

const times = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

/** 10:42 today, the date as well on another day. */
const when = (iso: string) =>
  new Date(iso).toDateString() === new Date().toDateString()
    ? times.format(new Date(iso))
    : formatDateTime(iso);

const labelOf = (row: OutboxRow): { text: string; color: string } => {
  switch (row.status) {
    case 'draft':
      return { text: 'Draft', color: 'gray' };
    case 'queued':
      return {
        text: row.nextAttemptAt ? `Queued · next try ${when(row.nextAttemptAt)}` : 'Queued',
        color: 'blue',
      };
    case 'sending':
      return { text: 'Sending', color: 'cyan' };
    case 'sent':
      return { text: row.sentAt ? `Sent ${when(row.sentAt)}` : 'Sent', color: 'teal' };
    case 'failed':
      return { text: 'Failed', color: 'red' };
    case 'cancelled':
      return { text: 'Cancelled', color: 'gray' };
  }
};

/** Where one email stands, with the reason when delivery failed or is being retried. */
export const OutboxStatusBadge = ({ row }: { row: OutboxRow }) => {
  const { text, color } = labelOf(row);
  const reason = row.status === 'failed' || row.status === 'queued' ? row.lastError : '';
  return (
    <Stack gap={2} align="flex-start">
      <Badge color={color} variant="light" tt="none">
        {text}
      </Badge>
      {reason && (
        <Text size="xs" c={row.status === 'failed' ? 'red.7' : 'dimmed'} lineClamp={2}>
          {reason}
        </Text>
      )}
    </Stack>
  );
};
