import { describe, expect, it } from 'vitest';
import { parseMajorUnits } from './major-units';
import { majorUnitsText } from './money';

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

describe('amounts read from CSV files', () => {
  it.each([
    ['1,234,567', 'EUR', 123456700],
    ['12,000', 'EUR', 1200000],
    ['12,000', 'JPY', 12000],
    ['12,000.000', 'BHD', 12000000],
    ['1.234,56', 'EUR', 123456],
    [' 42 ', 'EUR', 4200],
    ['1234.00', 'JPY', 1234],
    ['1,234.567', 'BHD', 1234567],
    ['0.005', 'BHD', 5],
  ])('read %s %s as exactly %i minor units', (text, currency, expected) => {
    expect(parseMajorUnits(text, currency)).toEqual({ ok: true, minor: expected });
  });

  it('refuses a lone comma group in a three-decimal currency, where it could mean either', () => {
    expect(parseMajorUnits('1,234', 'BHD')).toEqual({
      ok: false,
      message: '“1,234” is ambiguous in BHD; write 1234 or 1.234',
    });
  });

  it.each([
    [123456, 'EUR', '1234.56'],
    [1234567, 'BHD', '1234.567'],
    [-250, 'EUR', '-2.50'],
  ])('write %i %s as %s, which reads back the same', (value, currency, text) => {
    expect(majorUnitsText(value, currency)).toBe(text);
    if (value >= 0) expect(parseMajorUnits(text, currency)).toEqual({ ok: true, minor: value });
  });
});
