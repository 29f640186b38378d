import { addDays } from '../../shared/invoice-dates';
import type { ReminderOutcome } from '../../shared/reminders';

export interface PlannedStep {
  id: number;
  offsetDays: number;
  escalate: boolean;
}

export interface StepDecision {
  step: PlannedStep;
  date: string;
  outcome: ReminderOutcome;
}

interface Dates {
  issueDate: string;
  dueDate: string;
}

const datedSteps = (steps: readonly PlannedStep[], dueDate: string) =>
  steps
    .map((step) => ({ step, date: addDays(dueDate, step.offsetDays) }))
    .sort((a, b) => a.date.localeCompare(b.date));

/**
 * What to do now with each step whose day has come and that is not decided yet. Only the most recent due
 * step is drafted: after days closed, a consultant never wants three reminders at once, so the earlier
 * ones are skipped, as is any step once a later one has been decided, and any dated before the invoice.
 */
export const decideSteps = (
  steps: readonly PlannedStep[],
  decided: ReadonlySet<number>,
  { issueDate, dueDate }: Dates,
  today: string,
): StepDecision[] => {
  const due = datedSteps(steps, dueDate).filter(({ date }) => date <= today);
  const latest = due.at(-1);
  return due
    .filter(({ step }) => !decided.has(step.id))
    .map((one) => ({
      ...one,
      outcome: one === latest && one.date >= issueDate ? 'drafted' : 'skipped',
    }));
};

/** The next step still to come, by its day. */
export const nextStep = (
  steps: readonly PlannedStep[],
  decided: ReadonlySet<number>,
  dueDate: string,
  today: string,
): { step: PlannedStep; date: string } | null =>
  datedSteps(steps, dueDate).find(({ step, date }) => date > today && !decided.has(step.id)) ?? null;
