import { describe, expect, it } from 'vitest';
import type { ReminderSettingsInput } from '../../shared/reminders';
import { failure } from '../invoices/invoice-fixtures';
import { startTestApp } from '../test-support';

describe('reminder settings', () => {
  it('start with 3 days before, on the due date, 7 and 14 days after (escalating), and late fees off', async () => {
    const app = await startTestApp();
    const { steps, lateFees } = await app.call('reminders.settings', {});
    expect(steps.map(({ label, escalate }) => [label, escalate])).toEqual([
      ['3 days before due', false],
      ['On the due date', false],
      ['7 days after due', false],
      ['14 days after due', true],
    ]);
    expect(lateFees).toMatchObject({ enabled: false, mode: 'next_invoice', taxRateId: null });
  });

  it('are saved in day order and read back', async () => {
    const app = await startTestApp();
    const { lateFees } = await app.call('reminders.settings', {});
    const saved = await app.call('reminders.updateSettings', {
      steps: [
        { offsetDays: 21, escalate: true },
        { offsetDays: 1, escalate: false },
      ],
      lateFees: { ...lateFees, enabled: true, amount: { kind: 'percent', percent: '0.75' } },
    });
    expect(saved.steps.map((step) => step.label)).toEqual(['1 day after due', '21 days after due']);
    expect(await app.call('reminders.settings', {})).toEqual(saved);
    expect(saved.lateFees).toMatchObject({ enabled: true, amount: { percent: '0.75' } });
  });

  it('refuse steps out of range, twice the same day, too many, and amounts that are no amount', async () => {
    const app = await startTestApp();
    const { lateFees } = await app.call('reminders.settings', {});
    const refused = (changes: Partial<ReminderSettingsInput>) =>
      failure(app, 'reminders.updateSettings', { steps: [], lateFees, ...changes });
    const step = (offsetDays: number) => ({ offsetDays, escalate: false });
    expect((await refused({ steps: [step(-61)] })).fields).toEqual({
      'steps.0.offsetDays': 'Use at most 60 days before due',
    });
    expect((await refused({ steps: [step(366)] })).fields).toEqual({
      'steps.0.offsetDays': 'Use at most 365 days after due',
    });
    expect((await refused({ steps: [step(7), step(7)] })).fields).toEqual({
      steps: 'Each day once: two steps have the same day',
    });
    expect((await refused({ steps: [1, 2, 3, 4, 5, 6, 7, 8, 9].map(step) })).fields).toEqual({
      steps: 'Use at most 8 steps',
    });
    expect(
      (await refused({ lateFees: { ...lateFees, amount: { kind: 'percent', percent: '0' } } })).fields,
    ).toEqual({ 'lateFees.amount.percent': 'Use a percentage above zero' });
    const fixed = (amounts: { currency: string; amountMinor: number }[]) => ({
      lateFees: { ...lateFees, amount: { kind: 'fixed' as const, amounts } },
    });
    expect((await refused(fixed([{ currency: 'EUR', amountMinor: 0 }]))).fields).toEqual({
      'lateFees.amount.amounts.0.amountMinor': 'Use an amount above zero',
    });
    expect(
      (
        await refused(
          fixed([
            { currency: 'EUR', amountMinor: 500 },
            { currency: 'eur', amountMinor: 700 },
          ]),
        )
      ).fields,
    ).toEqual({ 'lateFees.amount.amounts': 'Each currency once' });
    expect(await refused({ lateFees: { ...lateFees, taxRateId: 999 } })).toMatchObject({
      code: 'invalid_input',
      fields: { 'lateFees.taxRateId': 'Choose an existing tax rate' },
    });
    expect((await app.call('reminders.settings', {})).steps).toHaveLength(4);
  });
});
