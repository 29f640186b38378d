import { expect, it } from 'vitest';
import { addDays, daysBetween, dueDateFor, localIsoDate } from './invoice-dates';

it('net terms count calendar days from the issue date, across months, years and leap days', () => {
  expect(dueDateFor('2026-11-24', 'net', 14)).toBe('2026-12-08');
  expect(dueDateFor('2026-12-20', 'net', 30)).toBe('2027-01-19');
  expect(dueDateFor('2028-02-15', 'net', 14)).toBe('2028-02-29');
  expect(dueDateFor('2026-11-24', 'net', 0)).toBe('2026-11-24');
});

it('end-of-month terms fall on the last day of the issue month', () => {
  expect(dueDateFor('2026-11-24', 'end_of_month', 14)).toBe('2026-11-30');
  expect(dueDateFor('2026-02-01', 'end_of_month', 0)).toBe('2026-02-28');
  expect(dueDateFor('2028-02-29', 'end_of_month', 0)).toBe('2028-02-29');
  expect(dueDateFor('2026-12-31', 'end_of_month', 0)).toBe('2026-12-31');
});

it('on-receipt invoices are due the day they are issued, whatever the days say', () => {
  expect(dueDateFor('2026-11-24', 'on_receipt', 30)).toBe('2026-11-24');
});

it('counts whole days between dates, both ways', () => {
  expect(daysBetween('2026-11-12', '2026-11-24')).toBe(12);
  expect(daysBetween('2026-11-24', '2026-11-12')).toBe(-12);
  expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
});

it('takes today from the local calendar, not from UTC', () => {
  expect(localIsoDate(new Date(2026, 0, 1, 0, 30))).toBe('2026-01-01');
  expect(localIsoDate(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
});
