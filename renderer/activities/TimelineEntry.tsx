import { ActionIcon, Badge, Checkbox, Group, Menu, Spoiler, Stack, Text } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Activity, DealStageChange } from '../../shared/activities';
import { formatCalendarDate, formatDateTime, todayIso } from '../lib/format';
import { invoke } from '../lib/rpc';
import { activityLooks, stageChangeLooks } from './activity-kinds';
import { type TimelineSubject, useActivityMutation } from './activity-queries';
import { useRemoveActivity } from './use-remove-activity';

interface Chip {
  to: string;
  label: string;
}

/** Links to the other records an entry belongs to; the page's own record would only repeat itself. */
const chipsOf = (activity: Activity, subject: TimelineSubject): Chip[] => {
  const chips: (Chip | false)[] = [
    subject.of !== 'deal' &&
      activity.dealId !== null && { to: `/deals/${activity.dealId}`, label: activity.dealTitle ?? 'Deal' },
    subject.of !== 'contact' &&
      activity.contactId !== null && {
        to: `/contacts/${activity.contactId}`,
        label: activity.contactName ?? 'Contact',
      },
    subject.of !== 'company' &&
      subject.of !== 'account' &&
      activity.companyId !== null && {
        to: `/companies/${activity.companyId}`,
        label: activity.companyName ?? 'Company',
      },
    subject.of !== 'lead' && activity.leadId !== null && { to: `/leads/${activity.leadId}`, label: 'Lead' },
  ];
  return chips.filter((chip): chip is Chip => chip !== false);
};

const Chips = ({ chips }: { chips: Chip[] }) =>
  chips.length > 0 && (
    <Group gap={6}>
      {chips.map((chip) => (
        <Badge
          key={chip.to}
          component={Link}
          to={chip.to}
          variant="light"
          color="gray"
          size="sm"
          style={{ cursor: 'pointer' }}
        >
          {chip.label}
        </Badge>
      ))}
    </Group>
  );

const When = ({ at, children }: { at: string; children?: ReactNode }) => (
  <Text size="xs" c="dimmed" className="lb-numeric" style={{ flexShrink: 0 }}>
    {children}
    <time dateTime={at}>{formatDateTime(at)}</time>
  </Text>
);

const Body = ({ text }: { text: string }) =>
  text && (
    <Spoiler maxHeight={132} showLabel="Show all" hideLabel="Show less" fz="sm">
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {text}
      </Text>
    </Spoiler>
  );

const TaskLine = ({ activity }: { activity: Activity }) => {
  const complete = useActivityMutation((done: boolean) =>
    invoke('activities.complete', { id: activity.id, done }),
  );
  const done = complete.isPending ? complete.variables : activity.doneAt !== null;
  const overdue = !done && activity.dueDate !== null && activity.dueDate < todayIso();
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <Checkbox
        checked={done}
        onChange={(event) => complete.mutate(event.currentTarget.checked)}
        label={activity.subject || 'Task'}
        styles={{ label: { textDecoration: done ? 'line-through' : undefined, fontWeight: 500 } }}
      />
      {activity.dueDate && (
        <Badge size="sm" variant="light" color={overdue ? 'red' : 'gray'} className="lb-numeric">
          {overdue ? 'Overdue · ' : 'Due '}
          {formatCalendarDate(activity.dueDate)}
        </Badge>
      )}
    </Group>
  );
};

const directionWords = { inbound: 'Inbound', outbound: 'Outbound' } as const;

export const ActivityEntry = ({ activity, subject }: { activity: Activity; subject: TimelineSubject }) => {
  const look = activityLooks[activity.kind];
  const remove = useRemoveActivity();
  const kindLabel = activity.direction
    ? `${directionWords[activity.direction]} ${look.label.toLowerCase()}`
    : look.label;
  return (
    <Stack gap={6}>
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
        {activity.kind === 'task' ? (
          <TaskLine activity={activity} />
        ) : (
          <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
            {activity.subject || kindLabel}
          </Text>
        )}
        <Group gap={4} wrap="nowrap">
          {/* Untitled entries already read as their kind; titled ones say it beside the time. */}
          <When at={activity.occurredAt}>{activity.subject && `${kindLabel} · `}</When>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="sm"
                aria-label={`More for ${activity.subject || kindLabel}`}
              >
                <IconDots size={14} aria-hidden />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item color="red" onClick={() => remove(activity)}>
                Remove from timeline
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      <Body text={activity.body} />
      {activity.doneAt && (
        <Text size="xs" c="dimmed">
          Done {formatDateTime(activity.doneAt)}
        </Text>
      )}
      <Chips chips={chipsOf(activity, subject)} />
    </Stack>
  );
};

const changeSentence = (change: DealStageChange) => {
  if (change.kind === 'created') return `Deal created in ${change.toStage}`;
  const move = change.fromStage ? `from ${change.fromStage} to ${change.toStage}` : `to ${change.toStage}`;
  return change.kind === 'reopened' ? `Reopened, moved ${move}` : `Moved ${move}`;
};

export const StageChangeEntry = ({
  change,
  subject,
}: {
  change: DealStageChange;
  subject: TimelineSubject;
}) => {
  const look = stageChangeLooks[change.kind];
  return (
    <Stack gap={6}>
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
        <Group gap={8}>
          <Text size="sm" fw={500}>
            {changeSentence(change)}
          </Text>
          {(change.kind === 'won' || change.kind === 'lost') && (
            <Badge size="sm" variant="light" color={look.color}>
              {look.label}
            </Badge>
          )}
        </Group>
        <When at={change.changedAt} />
      </Group>
      {change.reason && (
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {change.kind === 'lost' ? 'Lost because: ' : 'Reason: '}
          {change.reason}
        </Text>
      )}
      {subject.of !== 'deal' && (
        <Chips chips={[{ to: `/deals/${change.dealId}`, label: change.dealTitle }]} />
      )}
    </Stack>
  );
};
