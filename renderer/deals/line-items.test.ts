import { describe, expect, it } from 'vitest';
import { lineItemsTotalMinor, lineTotalMinor } from './line-items';

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
