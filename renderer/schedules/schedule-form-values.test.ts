import { describe, expect, it } from 'vitest';
import type { ScheduleRow } from '../../shared/schedules';
import { recurrenceOf, scheduleContent, scheduleFormValues } from './schedule-form-values';
import { frequencyText } from './schedule-labels';

const saved: ScheduleRow = {
  id: 7,
  accountId: 3,
  dealId: null,
  customerName: 'Acme',
  name: 'Hosting',
  unit: 'month',
  interval: 3,
  dayOfMonth: 31,
  startDate: '2026-08-31',
  endDate: null,
  count: 8,
  currency: 'EUR',
  paymentTerms: 'net',
  termsDays: 14,
  lines: [
    {
      catalogItemId: null,
      description: 'Hosting',
      quantity: '1',
      unit: 'month',
      unitPriceMinor: 12_050,
      discountPercent: '10',
      discountMinor: null,
      taxRateId: 2,
    },
  ],
  autoIssue: true,
  autoEmail: true,
  status: 'active',
  nextRuns: [],
  runCount: 0,
  lastError: '',
};

describe('the schedule form', () => {
  it('edits a saved schedule and sends back exactly what it holds', () => {
    const values = scheduleFormValues(saved);
    expect([values.frequency, values.ending, values.lines[0]?.unitPrice]).toEqual([
      'quarterly',
      'after',
      '120.50',
    ]);
    const {
      id: _id,
      accountId: _a,
      dealId: _d,
      customerName: _c,
      status: _s,
      nextRuns: _n,
      runCount: _r,
      lastError: _e,
      ...content
    } = saved;
    expect(scheduleContent(values)).toEqual(content);
  });

  it('previews only a rule that reads as one', () => {
    const values = scheduleFormValues(saved);
    expect(recurrenceOf(values)).toMatchObject({ unit: 'month', interval: 3, dayOfMonth: 31, count: 8 });
    expect(recurrenceOf({ ...values, frequency: 'everyMonths', interval: '' })).toBeNull();
    expect(recurrenceOf({ ...values, startDate: '2026-02-30' })).toBeNull();
  });

  it('names the frequency as a person would', () => {
    expect(frequencyText(saved)).toBe('Quarterly on the 31st (or the month’s last day)');
    expect(frequencyText({ unit: 'week', interval: 2, dayOfMonth: null })).toBe('Every 2 weeks');
    expect(frequencyText({ unit: 'month', interval: 1, dayOfMonth: 22 })).toBe('Monthly on the 22nd');
    expect(frequencyText({ unit: 'month', interval: 12, dayOfMonth: 11 })).toBe('Yearly on the 11th');
  });
});
