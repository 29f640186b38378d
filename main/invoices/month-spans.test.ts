import { expect, it } from 'vitest';
import { monthSpans } from './month-spans';

it('takes a range of whole months as it is', () => {
  expect(monthSpans('2025-01-01', '2025-12-31')).toEqual({
    whole: { from: '2025-01', to: '2025-12' },
    partial: [],
  });
  expect(monthSpans(undefined, undefined)).toEqual({ whole: { from: null, to: null }, partial: [] });
  expect(monthSpans('2026-02-01', undefined)).toEqual({ whole: { from: '2026-02', to: null }, partial: [] });
});

it('splits off the partly covered months at either edge', () => {
  expect(monthSpans('2025-01-15', '2025-03-10')).toEqual({
    whole: { from: '2025-02', to: '2025-02' },
    partial: [
      { from: '2025-01-15', to: '2025-01-31' },
      { from: '2025-03-01', to: '2025-03-10' },
    ],
  });
  expect(monthSpans(undefined, '2026-11-24')).toEqual({
    whole: { from: null, to: '2026-10' },
    partial: [{ from: '2026-11-01', to: '2026-11-24' }],
  });
  expect(monthSpans('2024-02-10', '2024-02-29')).toEqual({
    whole: null,
    partial: [{ from: '2024-02-10', to: '2024-02-29' }],
  });
});

it('keeps a range inside one month or across two neighbours without whole months', () => {
  expect(monthSpans('2025-05-03', '2025-05-20')).toEqual({
    whole: null,
    partial: [{ from: '2025-05-03', to: '2025-05-20' }],
  });
  expect(monthSpans('2025-05-03', '2025-06-20')).toEqual({
    whole: null,
    partial: [
      { from: '2025-05-03', to: '2025-05-31' },
      { from: '2025-06-01', to: '2025-06-20' },
    ],
  });
  expect(monthSpans('2025-06-01', '2025-05-01')).toEqual({ whole: null, partial: [] });
});
