import { expect, it } from 'vitest';
import { currencyCode, currencyExponent, formatMoney, isoDate } from './money';

it('knows each currency’s minor unit from ISO 4217', () => {
  expect([currencyExponent('JPY'), currencyExponent('EUR'), currencyExponent('BHD')]).toEqual([0, 2, 3]);
});

it('formats minor units exactly, without going through floating point', () => {
  expect(formatMoney({ minor: 123456, currency: 'EUR' })).toBe('€1,234.56');
  expect(formatMoney({ minor: 1234, currency: 'JPY' })).toBe('¥1,234');
  expect(formatMoney({ minor: 1234567, currency: 'BHD' })).toBe('BHD\u00a01,234.567');
  expect(formatMoney({ minor: 900719925474099, currency: 'EUR' })).toBe('€9,007,199,254,740.99');
  expect(formatMoney({ minor: -5, currency: 'EUR' })).toBe('-€0.05');
});

it('accepts real currency codes and dates only', () => {
  expect(currencyCode.safeParse('eur').data).toBe('EUR');
  expect(currencyCode.safeParse('XYZ').success).toBe(false);
  expect(isoDate.safeParse('2026-02-28').success).toBe(true);
  expect(isoDate.safeParse('2026-02-30').success).toBe(false);
});
