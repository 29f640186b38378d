import type { LineItemInput } from '../../shared/deals';
import { ratio } from '../../shared/exact';
import { roundHalfUp } from '../../shared/money';

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
