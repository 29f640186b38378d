import { Button, Group, Kbd, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useOs } from '@mantine/hooks';
import { type FormEvent, type KeyboardEvent, type ReactNode, useId, useState } from 'react';
import { type ActivityKind, activityKinds } from '../../shared/activities';
import type { ChannelInput } from '../../shared/ipc/contract';
import { errorMessage, invoke, RpcFailure } from '../lib/rpc';
import { activityLooks } from './activity-kinds';
import { linkOf, type TimelineSubject, useActivityMutation } from './activity-queries';

type Direction = 'outbound' | 'inbound';

const subjectHints: Record<ActivityKind, string> = {
  note: 'e.g. Prefers proposals as a one-pager',
  call: 'e.g. Talked through the budget',
  meeting: 'e.g. Kick-off workshop',
  email: 'e.g. Sent the revised proposal',
  task: 'e.g. Send the contract draft',
};

const withDirection = (kind: ActivityKind) => kind === 'call' || kind === 'email';

/** Logs a note, call, meeting or email, or adds a task, on the record whose timeline it sits above. */
export const ActivityComposer = ({ subject, heading }: { subject: TimelineSubject; heading: ReactNode }) => {
  const mod = useOs() === 'macos' ? '⌘' : 'Ctrl';
  const [kind, setKind] = useState<ActivityKind>('note');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [direction, setDirection] = useState<Direction>('outbound');
  const [problem, setProblem] = useState<string | null>(null);
  const directionLabel = useId();
  const create = useActivityMutation((input: ChannelInput<'activities.create'>) =>
    invoke('activities.create', input),
  );
  const fieldError = (field: string) =>
    create.error instanceof RpcFailure ? create.error.fields[field] : undefined;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!title.trim() && !body.trim()) {
      setProblem(kind === 'task' ? 'Say what needs doing' : 'Write a subject or a few words');
      return;
    }
    setProblem(null);
    create.mutate(
      {
        kind,
        subject: title,
        body,
        ...linkOf(subject),
        ...(kind === 'task' ? { dueDate: dueDate || null } : {}),
        ...(withDirection(kind) ? { direction } : {}),
      },
      {
        onSuccess: () => {
          setTitle('');
          setBody('');
          setDueDate('');
        },
      },
    );
  };
  const submitOnCtrlEnter = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit(event);
  };

  return (
    <form onSubmit={submit} aria-label="Log activity" noValidate>
      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          {heading}
          <SegmentedControl
            aria-label="Activity type"
            value={kind}
            onChange={(value) => setKind(value as ActivityKind)}
            data={activityKinds.map((value) => ({ value, label: activityLooks[value].label }))}
            size="xs"
          />
        </Group>
        <Group gap="sm" align="flex-start" wrap="nowrap">
          <TextInput
            label="Subject"
            placeholder={subjectHints[kind]}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={problem ?? fieldError('subject')}
            maxLength={300}
            flex={1}
          />
          {kind === 'task' && (
            <TextInput
              type="date"
              label="Due date"
              value={dueDate}
              onChange={(event) => setDueDate(event.currentTarget.value)}
              error={fieldError('dueDate')}
              w={160}
            />
          )}
          {withDirection(kind) && (
            <Stack gap={4}>
              <Text size="sm" fw={500} id={directionLabel}>
                Direction
              </Text>
              <SegmentedControl
                aria-labelledby={directionLabel}
                value={direction}
                onChange={(value) => setDirection(value as Direction)}
                data={[
                  { value: 'outbound', label: 'Outbound' },
                  { value: 'inbound', label: 'Inbound' },
                ]}
                size="sm"
              />
            </Stack>
          )}
        </Group>
        <Textarea
          label="Body"
          placeholder={
            kind === 'task'
              ? 'Anything worth knowing when you get to it'
              : 'What was said, decided or promised'
          }
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          onKeyDown={submitOnCtrlEnter}
          error={fieldError('body')}
          autosize
          minRows={1}
          maxRows={10}
        />
        {create.error &&
          !(create.error instanceof RpcFailure && create.error.error.code === 'invalid_input') && (
            <Text size="sm" c="red" role="alert">
              {errorMessage(create.error)}
            </Text>
          )}
        <Group justify="space-between">
          <Button type="submit" loading={create.isPending}>
            {kind === 'task' ? 'Add task' : 'Log activity'}
          </Button>
          <Text size="xs" c="dimmed">
            <Kbd size="xs">{mod}</Kbd> + <Kbd size="xs">Enter</Kbd> in the body to save
          </Text>
        </Group>
      </Stack>
    </form>
  );
};
