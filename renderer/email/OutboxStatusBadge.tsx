import { Badge, Stack, Text } from '@mantine/core';
import type { OutboxRow } from '../../shared/outbox';
import { formatDateTime } from '../lib/format';

const times = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

/** 10:42 today, the date as well on another day. */
const when = (iso: string) =>
  new Date(iso).toDateString() === new Date().toDateString()
    ? times.format(new Date(iso))
    : formatDateTime(iso);

const labels: Record<OutboxRow['status'], { text: string; color: string }> = {
  draft: { text: 'Draft', color: 'gray' },
  queued: { text: 'Queued', color: 'blue' },
  sending: { text: 'Sending', color: 'cyan' },
  sent: { text: 'Sent', color: 'teal' },
  failed: { text: 'Failed', color: 'red' },
  cancelled: { text: 'Cancelled', color: 'gray' },
};

/** The line under the badge: when it goes (or went) out, or why it did not. */
const detailOf = (row: OutboxRow) => {
  if (row.status === 'queued' && row.nextAttemptAt)
    return `next try ${when(row.nextAttemptAt)}${row.lastError ? ` · last: ${row.lastError}` : ''}`;
  if (row.status === 'sent' && row.sentAt) return when(row.sentAt);
  if (row.status === 'failed') return row.lastError;
  return '';
};

/** Where one email stands: Queued "next try 10:42", Sent 10:45, Failed with the reason. */
export const OutboxStatusBadge = ({ row }: { row: OutboxRow }) => {
  const { text, color } = labels[row.status];
  const detail = detailOf(row);
  return (
    <Stack gap={2} align="flex-start">
      <Badge color={color} variant="light" tt="none">
        {text}
      </Badge>
      {detail && (
        <Text size="xs" c={row.status === 'failed' ? 'red.7' : 'dimmed'} lineClamp={2}>
          {detail}
        </Text>
      )}
    </Stack>
  );
};
