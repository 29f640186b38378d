import { Alert, Button, Card, Divider, Loader, Text, ThemeIcon, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import type { TimelineItem } from '../../shared/activities';
import { errorMessage } from '../lib/rpc';
import { ActivityComposer } from './ActivityComposer';
import { activityLooks, stageChangeLooks } from './activity-kinds';
import { type TimelineSubject, useTimeline } from './activity-queries';
import { ActivityEntry, StageChangeEntry } from './TimelineEntry';

const firstLimit = 100;
const mostLimit = 500;

const lookOf = (item: TimelineItem) =>
  item.type === 'activity' ? activityLooks[item.activity.kind] : stageChangeLooks[item.change.kind];

const keyOf = (item: TimelineItem) =>
  item.type === 'activity' ? `activity-${item.activity.id}` : `change-${item.change.id}`;

const emptyHints: Record<TimelineSubject['of'], string> = {
  contact: 'Nothing logged with this person yet. Notes, calls and tasks you add here stay with them.',
  company: 'Nothing logged with this company yet.',
  lead: 'Nothing logged on this lead yet. What you note here follows it when you qualify it.',
  deal: 'Nothing logged on this deal yet.',
  account: 'Nothing logged with this customer yet.',
};

/** A record's whole history, newest first, with the composer that adds to it on top. */
export const RecordTimeline = ({ of, id }: TimelineSubject) => {
  const subject = { of, id };
  const [limit, setLimit] = useState(firstLimit);
  const { data, error, isFetching } = useTimeline(subject, limit);

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label="Timeline">
      <ActivityComposer
        subject={subject}
        heading={
          <Title order={2} fz="sm" fw={600}>
            Timeline
          </Title>
        }
      />
      <Divider my="lg" />
      {error && (
        <Alert color="red" variant="light" title="Could not load the timeline">
          {errorMessage(error)}
        </Alert>
      )}
      {!data && !error && <Loader size="sm" aria-label="Loading timeline" />}
      {data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {emptyHints[of]}
        </Text>
      )}
      {data && data.length > 0 && (
        <Timeline bulletSize={28} lineWidth={2} role="list" aria-label="History">
          {data.map((item) => {
            const look = lookOf(item);
            return (
              <Timeline.Item
                key={keyOf(item)}
                role="listitem"
                bullet={
                  <ThemeIcon size={28} radius="xl" variant="light" color={look.color}>
                    <look.icon size={15} aria-hidden />
                  </ThemeIcon>
                }
              >
                {item.type === 'activity' ? (
                  <ActivityEntry activity={item.activity} subject={subject} />
                ) : (
                  <StageChangeEntry change={item.change} subject={subject} />
                )}
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
      {data && data.length >= limit && limit < mostLimit && (
        <Button
          variant="subtle"
          size="compact-sm"
          mt="md"
          loading={isFetching}
          onClick={() => setLimit(mostLimit)}
        >
          Show older entries
        </Button>
      )}
    </Card>
  );
};
