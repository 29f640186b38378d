import { Card, Text, Timeline, Title } from '@mantine/core';
import type { Estimate, EstimateEventKind } from '../../shared/estimates';
import { formatDateTime } from '../lib/format';

const eventNames: Record<EstimateEventKind, string> = {
  created: 'Draft created',
  updated: 'Draft edited',
  sent: 'Sent',
  approved: 'Approved',
  declined: 'Declined',
  converted: 'Converted to an invoice',
  pdf_exported: 'PDF exported',
  emailed: 'Emailed',
};

const detailOf = (detail: Record<string, unknown>) =>
  ['number', 'by', 'fileName', 'to'].map((key) => detail[key]).find((value) => typeof value === 'string') ??
  '';

/** What happened to the estimate, oldest first; a run of edits shows once. */
export const EstimateHistory = ({ estimate }: { estimate: Estimate }) => {
  const events = estimate.events.filter(
    (event, index) => !(event.kind === 'updated' && estimate.events[index + 1]?.kind === 'updated'),
  );
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} fz="sm" fw={600} mb="md">
        History
      </Title>
      <Timeline bulletSize={10} lineWidth={2} aria-label="Estimate history">
        {events.map((event) => (
          <Timeline.Item key={event.id} title={<Text size="sm">{eventNames[event.kind]}</Text>}>
            <Text size="xs" c="dimmed">
              {[formatDateTime(event.occurredAt), detailOf(event.detail)].filter(Boolean).join(' · ')}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Card>
  );
};
