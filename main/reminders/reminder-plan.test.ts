import { describe, expect, it } from 'vitest';
import { decideSteps, nextStep } from './reminder-plan';

const steps = [-3, 0, 7, 14].map((offsetDays, index) => ({
  id: index + 1,
  offsetDays,
  escalate: offsetDays === 14,
}));
const dates = { issueDate: '2026-11-01', dueDate: '2026-11-15' };
const decide = (decided: number[], today: string) =>
  decideSteps(steps, new Set(decided), dates, today).map(({ step, outcome }) => [step.offsetDays, outcome]);

describe('deciding reminder steps', () => {
  it('decides nothing before the first step’s day', () => {
    expect(decide([], '2026-11-11')).toEqual([]);
  });

  it('drafts only the most recent due step and skips the earlier ones not yet decided', () => {
    expect(decide([], '2026-11-12')).toEqual([[-3, 'drafted']]);
    expect(decide([1], '2026-11-23')).toEqual([
      [0, 'skipped'],
      [7, 'drafted'],
    ]);
    expect(decide([], '2027-02-01')).toEqual([
      [-3, 'skipped'],
      [0, 'skipped'],
      [7, 'skipped'],
      [14, 'drafted'],
    ]);
  });

  it('skips a step that a later decided step has passed, and one dated before the invoice', () => {
    const latestDecided = decideSteps(steps, new Set([3]), dates, '2026-11-22');
    expect(latestDecided.map(({ outcome }) => outcome)).toEqual(['skipped', 'skipped']);
    const issuedLate = decideSteps(
      steps,
      new Set(),
      { issueDate: '2026-11-14', dueDate: '2026-11-15' },
      '2026-11-14',
    );
    expect(issuedLate.map(({ outcome }) => outcome)).toEqual(['skipped']);
  });

  it('names the next step to come by its day', () => {
    expect(nextStep(steps, new Set(), dates.dueDate, '2026-11-15')).toMatchObject({ date: '2026-11-22' });
    expect(nextStep(steps, new Set([3]), dates.dueDate, '2026-11-15')?.step.offsetDays).toBe(14);
    expect(nextStep(steps, new Set(), dates.dueDate, '2026-11-29')).toBeNull();
  });
});
