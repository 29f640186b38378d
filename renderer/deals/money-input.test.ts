import { describe, expect, it } from 'vitest';
import { lineItemsTotalMinor, lineTotalMinor } from './line-items';
import { majorUnitsText, parseMajorUnits } from './money-input';

const minor = (typed: string, currency = 'EUR') => {
  const parsed = parseMajorUnits(typed, currency);
  return parsed.ok ? parsed.minor : parsed.message;
};

describe('an amount typed in major units', () => {
  it('becomes exact minor units in the currency’s own precision', () => {
    expect(minor('1250')).toBe(125_000);
    expect(minor('0.1')).toBe(10);
    expect(minor('19.99')).toBe(1999);
    expect(minor('.5')).toBe(50);
    expect(minor('1500', 'JPY')).toBe(1500);
    expect(minor('1.234', 'BHD')).toBe(1234);
  });

  it('never goes through a float, so amounts that floats get wrong come out right', () => {
    expect(minor('1.15')).toBe(115);
    expect(minor('4.35')).toBe(435);
    expect(minor('90071992547409.91')).toBe(9_007_199_254_740_991);
  });

  it('reads thousands separators and decimal commas the way people type them', () => {
    expect(minor('1,234.56')).toBe(123_456);
    expect(minor('1.234,56')).toBe(123_456);
    expect(minor('12,5')).toBe(1250);
    expect(minor('1,250')).toBe(125_000);
    expect(minor('1 250 000')).toBe(125_000_000);
    expect(minor("1'250.00")).toBe(125_000);
  });

  it('refuses what is not an amount, with a reason', () => {
    expect(minor('')).toBe('Enter an amount');
    expect(minor('abc')).toBe('Enter an amount such as 1,250.00');
    expect(minor('1.2.3')).toBe('Enter an amount such as 1,250.00');
    expect(minor('-5')).toBe('The amount cannot be negative');
    expect(minor('1.005')).toBe('EUR has 2 decimal places');
    expect(minor('10.5', 'JPY')).toBe('JPY has no decimal places');
    expect(minor('90071992547409.92')).toBe('That amount is too large');
  });

  it('is shown again as plain major units for editing', () => {
    expect(majorUnitsText(123_450, 'EUR')).toBe('1234.50');
    expect(majorUnitsText(5, 'EUR')).toBe('0.05');
    expect(majorUnitsText(1500, 'JPY')).toBe('1500');
    expect(majorUnitsText(1234, 'BHD')).toBe('1.234');
  });
});

describe('a line total', () => {
  it('multiplies a decimal quantity by the unit price exactly', () => {
    expect(lineTotalMinor('3', 80_000)).toBe(240_000);
    expect(lineTotalMinor('1.5', 12_000)).toBe(18_000);
    expect(lineTotalMinor('0.1', 3)).toBe(0);
    expect(lineTotalMinor('2.5', 3)).toBe(8);
    expect(lineTotalMinor('0.3333', 100_000)).toBe(33_330);
  });

  it('rounds half away from zero', () => {
    expect(lineTotalMinor('0.5', 1)).toBe(1);
    expect(lineTotalMinor('0.5', -1)).toBe(-1);
    expect(lineTotalMinor('0.25', 10)).toBe(3);
  });

  it('has no total while the quantity is not a number, and sums the lines otherwise', () => {
    expect(lineTotalMinor('two', 100)).toBeNull();
    expect(
      lineItemsTotalMinor([
        { quantity: '2', unitPriceMinor: 150 },
        { quantity: '0.5', unitPriceMinor: 99 },
      ]),
    ).toBe(350);
    expect(lineItemsTotalMinor([{ quantity: '', unitPriceMinor: 150 }])).toBeNull();
  });
});
