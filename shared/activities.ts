import { z } from 'zod';
import { byIdInput, type Page, pageInput, recordId, text } from './fields';
import { type ChannelSpec, returns } from './ipc/channel';
import { isoDate } from './money';

export const activityKinds = ['note', 'call', 'meeting', 'email', 'task'] as const;
export type ActivityKind = (typeof activityKinds)[number];

export const isoDateTime = z.iso.datetime({
  offset: true,
  message: 'Use a date and time such as 2026-11-24T09:30:00Z',
});

/** What an activity is about; at least one link is required, the rest are filled in from it. */
export const activityLinks = {
  contactId: recordId.nullable().optional(),
  companyId: recordId.nullable().optional(),
  leadId: recordId.nullable().optional(),
  dealId: recordId.nullable().optional(),
  accountId: recordId.nullable().optional(),
};

const activityContent = {
  subject: text(300).optional(),
  body: text(20_000).optional(),
  occurredAt: isoDateTime.optional(),
  dueDate: isoDate.nullable().optional(),
  direction: z.enum(['inbound', 'outbound']).nullable().optional(),
};

export const activityCreateInput = z
  .object({ kind: z.enum(activityKinds), ...activityContent, ...activityLinks })
  .strict()
  .refine(
    (input) => Object.keys(activityLinks).some((key) => input[key as keyof typeof activityLinks] != null),
    {
      message: 'Link the activity to a contact, company, lead, deal or account',
      path: ['contactId'],
    },
  );
export type ActivityCreateInput = z.input<typeof activityCreateInput>;

export const activityUpdateInput = z
  .object({ id: recordId, changes: z.object(activityContent).strict() })
  .strict();

export const activityCompleteInput = z.object({ id: recordId, done: z.boolean() }).strict();

/** Exactly one record whose whole history is wanted. */
export const timelineInput = z
  .object({
    of: z.enum(['contact', 'company', 'lead', 'deal', 'account']),
    id: recordId,
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type TimelineInput = z.input<typeof timelineInput>;

export const taskListInput = z
  .object({
    status: z.enum(['open', 'done', 'all']).default('open'),
    dueBefore: isoDate.optional(),
    ...pageInput,
  })
  .strict();

export interface Activity {
  id: number;
  kind: ActivityKind;
  subject: string;
  body: string;
  occurredAt: string;
  dueDate: string | null;
  doneAt: string | null;
  direction: 'inbound' | 'outbound' | null;
  contactId: number | null;
  contactName: string | null;
  companyId: number | null;
  companyName: string | null;
  leadId: number | null;
  dealId: number | null;
  dealTitle: string | null;
  accountId: number | null;
  createdAt: string;
  archivedAt: string | null;
}

export type StageChangeKind = 'created' | 'moved' | 'won' | 'lost' | 'reopened';

export interface DealStageChange {
  id: number;
  dealId: number;
  dealTitle: string;
  kind: StageChangeKind;
  fromStage: string | null;
  toStage: string;
  reason: string;
  changedAt: string;
}

export type TimelineItem =
  | { type: 'activity'; at: string; activity: Activity }
  | { type: 'deal'; at: string; change: DealStageChange };

export const activityChannels = {
  'activities.create': {
    summary: 'Log a note, call, meeting or email, or add a task, on any record',
    input: activityCreateInput,
    output: returns<Activity>(),
  },
  'activities.update': {
    summary: 'Change what an activity says or when it happened',
    input: activityUpdateInput,
    output: returns<Activity>(),
  },
  'activities.complete': {
    summary: 'Mark a task done, or not done again',
    input: activityCompleteInput,
    output: returns<Activity>(),
  },
  'activities.archive': {
    summary: 'Remove an activity from timelines',
    input: byIdInput,
    output: returns<Activity>(),
  },
  'activities.restore': {
    summary: 'Bring an archived activity back',
    input: byIdInput,
    output: returns<Activity>(),
  },
  'activities.timeline': {
    summary: 'Everything that happened to a person, company, lead, deal or account, newest first',
    input: timelineInput,
    output: returns<TimelineItem[]>(),
  },
  'activities.tasks': {
    summary: 'Tasks by due date, open or done',
    input: taskListInput,
    output: returns<Page<Activity>>(),
  },
} satisfies Record<`activities.${string}`, ChannelSpec>;
