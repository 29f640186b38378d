import { expect, it } from 'vitest';
import { add, ratio } from './exact';
import {
  convertExact,
  convertMinor,
  currencyCode,
  currencyExponent,
  exchangeRate,
  formatMoney,
  isoDate,
  roundHalfUp,
} from './money';

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

it('converts minor units exactly at a decimal rate, rounding half-up into the target’s precision', () => {
  // 1,000,000 JPY at 0.0061 EUR per yen is exactly €6,100.00; 1 yen is 0.61 cents, so 1 cent.
  expect(convertMinor(1_000_000n, 'JPY', '0.0061', 'EUR')).toBe(610_000n);
  expect(convertMinor(1n, 'JPY', '0.0061', 'EUR')).toBe(1n);
  // 0.005 BHD at 2.4390 EUR is 1.2195 cents: 1 cent; 1 fils at 2.5 is exactly 0.25 cents: 0.
  expect(convertMinor(5n, 'BHD', '2.4390', 'EUR')).toBe(1n);
  expect(convertMinor(1n, 'BHD', '2.5', 'EUR')).toBe(0n);
  // €1.00 at 162.35 yen per euro: 162.35 yen, so 162 yen; €0.10 is 16.235 yen, so 16.
  expect(convertMinor(100n, 'EUR', '162.35', 'JPY')).toBe(162n);
  expect(convertMinor(100n, 'EUR', '162.5', 'JPY')).toBe(163n);
  expect(convertMinor(-100n, 'EUR', '162.5', 'JPY')).toBe(-163n);
  // Amounts beyond 2^53 stay exact.
  expect(convertMinor(9_007_199_254_740_993n, 'EUR', '1.5', 'USD')).toBe(13_510_798_882_111_490n);
});

it('adds exact amounts of different precision and rounds halves away from zero only at the end', () => {
  const total = add(ratio(1234n, 100n), add(ratio(5n, 10n), ratio(3n)));
  expect(total).toEqual(ratio(1584n, 100n));
  expect(roundHalfUp(total)).toBe(16n);
  expect([roundHalfUp(ratio(250n, 100n)), roundHalfUp(ratio(249n, 100n))]).toEqual([3n, 2n]);
  expect([roundHalfUp(ratio(-250n, 100n)), roundHalfUp(ratio(-249n, 100n))]).toEqual([-3n, -2n]);
  expect(convertExact(ratio(3n), 'JPY', '0.0061', 'EUR')).toEqual(ratio(18300n, 10_000n));
});

it('accepts exchange rates as positive decimals only', () => {
  expect(exchangeRate.safeParse(' 1.0825 ').data).toBe('1.0825');
  for (const bad of ['0', '0.000', '-1', '1,08', '1e3', '.5', '1.', '1234567890', '1.1234567890123']) {
    expect(exchangeRate.safeParse(bad).success, bad).toBe(false);
  }
});
