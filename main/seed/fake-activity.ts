import type { ActivityKind } from '../db/schema';
import { dayMs, fillTemplate, isoDay } from './fake-parts';
import { activityBodies, activitySubjects } from './funnel-vocabulary';
import { type Random, weightedPicker } from './random';

export interface FakeActivity {
  kind: ActivityKind;
  subject: string;
  body: string;
  direction: 'inbound' | 'outbound' | null;
  dueDate: string | null;
  doneMs: number | null;
}

const kinds: { kind: ActivityKind; weight: number }[] = [
  { kind: 'email', weight: 35 },
  { kind: 'note', weight: 18 },
  { kind: 'call', weight: 18 },
  { kind: 'meeting', weight: 15 },
  { kind: 'task', weight: 14 },
];
const pickKind = weightedPicker(kinds, (kind) => kind.weight);

const blanks = { city: '', name: '' };

/** Tasks fall due within three weeks; most past ones were done, a few early. */
const taskDates = (random: Random, occurredMs: number, nowMs: number) => {
  const dueMs = occurredMs + random.int(0, 21) * dayMs;
  const done = random.chance(dueMs < nowMs ? 0.85 : 0.1);
  const doneMs = done
    ? Math.min(nowMs, occurredMs + Math.floor(random.next() * (dueMs + 3 * dayMs - occurredMs)))
    : null;
  return { dueDate: isoDay(dueMs), doneMs };
};

/** What was logged at `occurredMs`: the kind, a subject and sometimes a body, and for a task its dates. */
export const fakeActivity = (random: Random, occurredMs: number, nowMs: number): FakeActivity => {
  const { kind } = pickKind(random);
  const subject = fillTemplate(random, activitySubjects[kind], blanks);
  const body = random.chance(0.45) ? fillTemplate(random, activityBodies, blanks) : '';
  const task = kind === 'task' ? taskDates(random, occurredMs, nowMs) : { dueDate: null, doneMs: null };
  return {
    kind,
    subject,
    body,
    direction: kind === 'email' ? (random.chance(0.45) ? 'inbound' : 'outbound') : null,
    ...task,
  };
};
