import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconPencil, IconPlayerPause, IconPlayerPlay, IconPlayerStop } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatMoney } from '../../shared/money';
import type { ScheduleRow, ScheduleRun } from '../../shared/schedules';
import { outboxStatusWords } from '../email/outbox-status-words';
import { statusColors as invoiceColors, statusLabels as invoiceLabels } from '../invoices/invoice-labels';
import { invoicePath } from '../invoices/invoice-queries';
import { formatCalendarDate, formatCount } from '../lib/format';
import { frequencyText, statusColors, statusLabels } from './schedule-labels';
import { useSchedule, useScheduleState } from './schedule-queries';

const RunRow = ({ run, currency }: { run: ScheduleRun; currency: string }) => (
  <Table.Tr>
    <Table.Td>{formatCalendarDate(run.periodDate)}</Table.Td>
    <Table.Td>
      {run.invoiceId === null ? (
        <Text span size="sm" c="dimmed">
          Deleted
        </Text>
      ) : (
        <Link to={invoicePath({ id: run.invoiceId })} className="lb-row-link">
          {run.invoiceNumber ?? 'Draft'}
        </Link>
      )}
    </Table.Td>
    <Table.Td>
      {run.invoiceStatus && (
        <Badge variant="light" size="sm" color={invoiceColors[run.invoiceStatus]}>
          {invoiceLabels[run.invoiceStatus]}
        </Badge>
      )}
    </Table.Td>
    <Table.Td ta="right">
      {run.totalMinor === null ? '—' : formatMoney({ minor: run.totalMinor, currency })}
    </Table.Td>
    <Table.Td>
      {run.issueError && (
        <Text size="xs" c="red.7">
          Not issued: {run.issueError}
        </Text>
      )}
      {run.emailStatus && (
        <Anchor component={Link} to="/outbox" size="xs">
          Email: {outboxStatusWords[run.emailStatus]}
        </Anchor>
      )}
    </Table.Td>
  </Table.Tr>
);

const History = ({ schedule }: { schedule: ScheduleRow }) => {
  const runs = useSchedule(schedule.id).data?.runs ?? [];
  if (runs.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No invoices made yet.
      </Text>
    );
  }
  return (
    <Table verticalSpacing={6} aria-label={`History of ${schedule.name}`} className="lb-numeric">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Period</Table.Th>
          <Table.Th>Invoice</Table.Th>
          <Table.Th>Status</Table.Th>
          <Table.Th ta="right">Total</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {runs.map((run) => (
          <RunRow key={run.id} run={run} currency={schedule.currency} />
        ))}
      </Table.Tbody>
    </Table>
  );
};

/** Pause and resume in place; ending asks once, since it cannot be undone. */
const StateActions = ({ schedule, onEdit }: ScheduleItemProps) => {
  const change = useScheduleState(schedule.id);
  const [ending, setEnding] = useState(false);
  if (schedule.status === 'ended') return null;
  if (ending) {
    return (
      <Group gap="xs">
        <Text size="sm">End “{schedule.name}” for good? Its invoices stay.</Text>
        <Button size="xs" color="red" loading={change.isPending} onClick={() => change.mutate('end')}>
          End schedule
        </Button>
        <Button size="xs" variant="default" onClick={() => setEnding(false)}>
          Keep it
        </Button>
      </Group>
    );
  }
  const paused = schedule.status === 'paused';
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        size="xs"
        variant="default"
        leftSection={<IconPencil size={14} aria-hidden />}
        onClick={onEdit}
        aria-label={`Edit ${schedule.name}`}
      >
        Edit
      </Button>
      <Button
        size="xs"
        variant="default"
        leftSection={
          paused ? <IconPlayerPlay size={14} aria-hidden /> : <IconPlayerPause size={14} aria-hidden />
        }
        loading={change.isPending}
        onClick={() => change.mutate(paused ? 'resume' : 'pause')}
        aria-label={`${paused ? 'Resume' : 'Pause'} ${schedule.name}`}
      >
        {paused ? 'Resume' : 'Pause'}
      </Button>
      <Button
        size="xs"
        variant="subtle"
        color="red"
        leftSection={<IconPlayerStop size={14} aria-hidden />}
        onClick={() => setEnding(true)}
        aria-label={`End ${schedule.name}`}
      >
        End
      </Button>
    </Group>
  );
};

const endingText = (schedule: ScheduleRow) => {
  if (schedule.endDate) return `until ${formatCalendarDate(schedule.endDate)}`;
  if (schedule.count) return `${formatCount(schedule.count, 'invoice')} in all`;
  return 'no end date';
};

interface ScheduleItemProps {
  schedule: ScheduleRow;
  onEdit: () => void;
}

/** One schedule: its rule, the next three dates it will bill, and every invoice it has made. */
export const ScheduleItem = ({ schedule, onEdit }: ScheduleItemProps) => (
  <Paper withBorder radius="md" p="md" role="group" aria-label={schedule.name}>
    <Stack gap="sm">
      <div>
        <Group justify="space-between" wrap="nowrap">
          <Group gap={8}>
            <Text fw={600}>{schedule.name}</Text>
            <Badge variant="light" size="sm" color={statusColors[schedule.status]}>
              {statusLabels[schedule.status]}
            </Badge>
          </Group>
          <StateActions schedule={schedule} onEdit={onEdit} />
        </Group>
        <Text size="sm" c="dimmed">
          {frequencyText(schedule)} from {formatCalendarDate(schedule.startDate)}, {endingText(schedule)} ·{' '}
          {formatCount(schedule.lines.length, 'line')} · {schedule.currency} ·{' '}
          {schedule.autoEmail
            ? 'issued and emailed automatically'
            : schedule.autoIssue
              ? 'issued automatically'
              : 'kept as drafts to issue'}
        </Text>
      </div>
      {schedule.status === 'paused' && (
        <Text size="xs" c="dimmed">
          While paused, no invoices are made. Resuming starts again from the next period on or after that day;
          periods that fell while paused are skipped, not made afterwards.
        </Text>
      )}
      {schedule.nextRuns.length > 0 && schedule.status !== 'ended' && (
        <Text size="sm" className="lb-numeric" aria-label={`Next runs of ${schedule.name}`}>
          <Text span c="dimmed" inherit>
            {schedule.status === 'paused' ? 'Next runs once resumed: ' : 'Next runs: '}
          </Text>
          {schedule.nextRuns.map((date) => formatCalendarDate(date)).join(' · ')}
        </Text>
      )}
      {schedule.lastError && (
        <Alert color="red" variant="light" title="The last catch-up stopped">
          {schedule.lastError}
        </Alert>
      )}
      <History schedule={schedule} />
    </Stack>
  </Paper>
);
