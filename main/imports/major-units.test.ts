import { describe, expect, it } from 'vitest';
import { formatMajorUnits, parseMajorUnits } from './major-units';

describe('amounts in major units', () => {
  it.each([
    ['1234.56', 'EUR', 123456],
    ['1,234.56', 'EUR', 123456],
    ['1,234,567', 'EUR', 123456700],
    ['12,000', 'EUR', 1200000],
    ['12,000', 'JPY', 12000],
    ['12,000.000', 'BHD', 12000000],
    ['0.1', 'EUR', 10],
    ['19.99', 'EUR', 1999],
    [' 42 ', 'EUR', 4200],
    ['1234', 'JPY', 1234],
    ['1,234,567', 'JPY', 1234567],
    ['1234.00', 'JPY', 1234],
    ['1.234', 'BHD', 1234],
    ['1,234.567', 'BHD', 1234567],
    ['0.005', 'BHD', 5],
    ['90071992547409.91', 'EUR', 9007199254740991],
  ])('read %s %s as exactly %i minor units', (text, currency, minor) => {
    expect(parseMajorUnits(text, currency)).toEqual({ ok: true, minor });
  });

  it.each([
    ['', 'EUR', 'Value is required'],
    ['-5', 'EUR', 'The value cannot be negative'],
    ['1.234,56', 'EUR', 'Use a point for decimals and commas between thousands, such as 1,234.56'],
    ['1 234.56', 'EUR', 'Use a point for decimals and commas between thousands, such as 1,234.56'],
    ['€12', 'EUR', 'Use a point for decimals and commas between thousands, such as 1,234.56'],
    ['1e3', 'EUR', 'Use a point for decimals and commas between thousands, such as 1,234.56'],
    ['12,000', 'BHD', '“12,000” is ambiguous in BHD; write 12000 or 12,000.000'],
    ['12,5', 'EUR', 'Use a point for decimals and commas between thousands, such as 1,234.56'],
    ['10.555', 'EUR', 'EUR has 2 decimals; round “10.555” to match'],
    ['10.5', 'JPY', 'JPY has no decimals; round “10.5” to match'],
    ['1.2345', 'BHD', 'BHD has 3 decimals; round “1.2345” to match'],
    ['90071992547409.92', 'EUR', 'The value is too large'],
  ])('refuse %j in %s', (text, currency, message) => {
    expect(parseMajorUnits(text, currency)).toEqual({ ok: false, message });
  });

  it.each([
    [123456, 'EUR', '1234.56'],
    [5, 'EUR', '0.05'],
    [1234, 'JPY', '1234'],
    [1234567, 'BHD', '1234.567'],
    [-250, 'EUR', '-2.50'],
  ])('write %i %s as %s, which reads back the same', (minor, currency, text) => {
    expect(formatMajorUnits(minor, currency)).toBe(text);
    if (minor >= 0) expect(parseMajorUnits(text, currency)).toEqual({ ok: true, minor });
  });
});
