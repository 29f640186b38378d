import { type CatalogItem, unitWord } from '../../shared/catalog';
import type { LineItem, LineItemInput } from '../../shared/deals';
import { ratio } from '../../shared/exact';
import { parseMajorUnits } from '../../shared/major-units';
import { majorUnitsText, roundHalfUp } from '../../shared/money';

/**
 * Quantity × unit price in minor units, exactly: the quantity's decimals ("2.5") become an integer and a
 * scale, the product is taken with BigInt, and rounded once, half away from zero, to a whole minor unit.
 */
export const lineTotalMinor = (quantity: string, unitPriceMinor: number): number | null => {
  const match = /^(\d{1,9})(?:\.(\d{1,4}))?$/.exec(quantity.trim());
  if (!match) return null;
  const decimals = match[2] ?? '';
  const units = BigInt(`${match[1]}${decimals}`) * BigInt(unitPriceMinor);
  return Number(roundHalfUp(ratio(units, 10n ** BigInt(decimals.length))));
};

/** The sum of the line totals, or null while any line still has a quantity that is not a number. */
export const lineItemsTotalMinor = (items: Pick<LineItemInput, 'quantity' | 'unitPriceMinor'>[]) => {
  let total = 0;
  for (const item of items) {
    const line = lineTotalMinor(item.quantity, item.unitPriceMinor);
    if (line === null) return null;
    total += line;
  }
  return total;
};

/** A line as the form holds it: ids as text, the price as typed in major units. */
export interface LineItemValues {
  /** Stable identity for React while rows are added and removed. */
  key: string;
  /** The catalog item it was picked from, or null for a line typed by hand. */
  catalogItemId: string | null;
  description: string;
  quantity: string;
  unit: string;
  /** As typed, in major units. */
  unitPrice: string;
  /** '' follows the workspace's default rate. */
  taxRateId: string;
}

export const blankLineItem = (key: string): LineItemValues => ({
  key,
  catalogItemId: null,
  description: '',
  quantity: '1',
  unit: '',
  unitPrice: '',
  taxRateId: '',
});

const idText = (id: number | null) => (id === null ? null : String(id));

export const lineItemValues = (item: LineItem, currency: string, key: string): LineItemValues => ({
  key,
  catalogItemId: idText(item.catalogItemId),
  description: item.description,
  quantity: item.quantity,
  unit: item.unit,
  unitPrice: majorUnitsText(item.unitPriceMinor, currency),
  taxRateId: idText(item.taxRateId) ?? '',
});

/** The line as the deal's input; a price that does not parse is caught by the form's own check first. */
export const lineItemInput = (line: LineItemValues, currency: string): LineItemInput => {
  const price = parseMajorUnits(line.unitPrice, currency);
  return {
    catalogItemId: line.catalogItemId === null ? null : Number(line.catalogItemId),
    description: line.description,
    quantity: line.quantity,
    unit: line.unit,
    unitPriceMinor: price.ok ? price.minor : 0,
    taxRateId: line.taxRateId === '' ? null : Number(line.taxRateId),
  };
};

/** What picking a catalog item fills in; the quantity stays, and everything remains editable. */
export const pickedFromCatalog = (line: LineItemValues, item: CatalogItem): LineItemValues => ({
  ...line,
  catalogItemId: String(item.id),
  description: item.name,
  unit: unitWord(item),
  unitPrice: majorUnitsText(item.unitPriceMinor, item.currency),
  taxRateId: idText(item.taxRateId) ?? '',
});
