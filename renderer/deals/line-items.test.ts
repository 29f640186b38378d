import { describe, expect, it } from 'vitest';
import type { CatalogItem } from '../../shared/catalog';
import {
  blankLineItem,
  lineItemInput,
  lineItemsTotalMinor,
  lineItemValues,
  lineTotalMinor,
  pickedFromCatalog,
} from './line-items';

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

describe('a line in the deal form', () => {
  const workshop: CatalogItem = {
    id: 7,
    name: 'Strategy workshop',
    description: 'On site',
    unitType: 'hour',
    unitLabel: '',
    unitPriceMinor: 15_000,
    currency: 'EUR',
    taxRateId: 1,
    archived: false,
    updatedAt: '2026-11-24T09:00:00.000Z',
  };

  it('copies a picked catalog item, keeping the quantity typed so far', () => {
    const line = { ...blankLineItem('a'), quantity: '6' };
    expect(pickedFromCatalog(line, workshop)).toEqual({
      key: 'a',
      catalogItemId: '7',
      description: 'Strategy workshop',
      quantity: '6',
      unit: 'hour',
      unitPrice: '150.00',
      taxRateId: '1',
    });
    const pages = { ...workshop, unitType: 'custom', unitLabel: 'page', taxRateId: null } as const;
    expect(pickedFromCatalog(line, pages)).toMatchObject({ unit: 'page', taxRateId: '' });
  });

  it('goes to the deal input and back unchanged, with ids as numbers and the price in minor units', () => {
    const line = { ...pickedFromCatalog(blankLineItem('b'), workshop), unitPrice: '1,650.50' };
    const input = lineItemInput(line, 'EUR');
    expect(input).toEqual({
      catalogItemId: 7,
      description: 'Strategy workshop',
      quantity: '1',
      unit: 'hour',
      unitPriceMinor: 165_050,
      taxRateId: 1,
    });
    const saved = { id: 3, ...input, catalogItemId: 7, unit: 'hour', taxRateId: 1 };
    expect(lineItemValues(saved, 'EUR', 'b')).toEqual({ ...line, unitPrice: '1650.50' });
    expect(lineItemInput(blankLineItem('c'), 'EUR')).toMatchObject({
      catalogItemId: null,
      taxRateId: null,
      unit: '',
    });
  });
});
