// Why not Dinero.js v2: we need exact decimal tax rates ("9.975"), one rounding per rate (EN 16931
// BR-CO-17), tax-inclusive prices and exact pro-rata discounts, on top of the integer minor units that
// shared/money.ts already handles with BigInt. This module stays small and is fully property-tested.
import { z } from 'zod';
import {
  add,
  allocate,
  divide,
  multiply,
  ONE,
  parseDecimal,
  type Ratio,
  type RoundingMode,
  ratio,
  round,
  subtract,
  ZERO,
} from './exact';
import { currencyCode, minorUnits } from './money';
import { effectiveRate, percentOf, percentText, type TaxRate, taxRate } from './tax-rate';

/** A discount as a percentage, or as an amount in minor units that moves the figure towards zero. */
const discount = z.union([
  z.object({ percent: percentText }).strict(),
  z.object({ amountMinor: minorUnits.min(0) }).strict(),
]);

export const invoiceInput = z.object({
  currency: currencyCode,
  rounding: z.enum(['half-up', 'half-even']).default('half-up'),
  /** 'gross': unit prices include tax, and the net is derived from each group's gross sum. */
  priceMode: z.enum(['net', 'gross']).default('net'),
  lines: z.array(
    z.object({
      quantity: z
        .string()
        .trim()
        .regex(/^-?\d{1,9}(\.\d{1,4})?$/, 'Use a quantity such as 1.5'),
      unitPriceMinor: minorUnits,
      discount: discount.optional(),
      taxRateIds: z
        .array(z.string())
        .min(1, 'Every line needs a tax rate (use an exempt one if none applies)'),
    }),
  ),
  discount: discount.optional(),
  taxRates: z.array(taxRate),
});
export type InvoiceInput = z.input<typeof invoiceInput>;
type Discount = z.infer<typeof discount>;

export interface TaxGroup {
  rateId: string;
  name: string;
  rate: string;
  kind: NonNullable<TaxRate['kind']>;
  /** The base the rate applies to: the net of its lines, plus earlier taxes for a compound rate. */
  taxableMinor: number;
  taxMinor: number;
  note?: string;
}

export interface InvoiceTotals {
  currency: string;
  /** Each line after its own discount; in gross mode also its tax-inclusive amount. */
  lines: { netMinor: number; grossMinor?: number }[];
  taxGroups: TaxGroup[];
  /** The invoice-level discount, in the price mode's terms (tax-inclusive in gross mode). */
  discountMinor: number;
  netMinor: number;
  taxMinor: number;
  totalMinor: number;
}

const toNumber = (value: bigint): number => {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER))
    throw new RangeError('An amount is too large to show exactly');
  return Number(value);
};

/** Takes a discount off `amount`, towards zero; an amount discount may not exceed the figure it reduces. */
const afterDiscount = (amount: Ratio, off: Discount | undefined): Ratio => {
  if (!off) return amount;
  if ('percent' in off) return multiply(amount, subtract(ONE, percentOf(off.percent)));
  const size = BigInt(off.amountMinor);
  if (size * amount.d > (amount.n < 0n ? -amount.n : amount.n))
    throw new RangeError('A discount cannot be larger than the amount it reduces');
  return subtract(amount, ratio(amount.n < 0n ? -size : size));
};

/** Per unit of net, what each rate adds, in order; a compound rate also taxes the taxes before it. */
const rateShares = (rates: readonly TaxRate[]): Ratio[] => {
  let running = ONE;
  return rates.map((rate) => {
    const share = multiply(rate.compound ? running : ONE, effectiveRate(rate));
    running = add(running, share);
    return share;
  });
};

const grossFactor = (rates: readonly TaxRate[]): Ratio => rateShares(rates).reduce(add, ONE);

interface Category {
  rates: TaxRate[];
  amount: bigint;
}

interface RateTotal {
  base: Ratio;
  tax: Ratio;
}

type Accrue = (rate: TaxRate, base: Ratio, tax: Ratio) => void;

/** Accrues one category's exact base and tax per rate; returns the category's net. */
const taxCategory = (
  rates: readonly TaxRate[],
  amount: bigint,
  priceMode: 'net' | 'gross',
  mode: RoundingMode,
  accrue: Accrue,
): bigint => {
  const shares = rateShares(rates);
  if (priceMode === 'net') {
    let running = ratio(amount);
    rates.forEach((rate, position) => {
      const tax = multiply(ratio(amount), shares[position] ?? ZERO);
      accrue(rate, rate.compound ? running : ratio(amount), tax);
      running = add(running, tax);
    });
    return amount;
  }
  // Gross: the net is derived once from the category's gross sum; the rest is tax, split over its rates.
  const net = round(divide(ratio(amount), shares.reduce(add, ONE)), mode);
  const scale = shares.reduce((product, share) => product * share.d, 1n);
  const parts = allocate(
    amount - net,
    shares.map((share) => (share.n * scale) / share.d),
  );
  let running = net;
  rates.forEach((rate, position) => {
    const tax = parts[position] ?? 0n;
    accrue(rate, ratio(rate.compound ? running : net), ratio(tax));
    running += tax;
  });
  return net;
};

/** The one calculation of an invoice's money and tax, shared by the editor, the PDF, the public view and exports. */
export const computeInvoice = (input: InvoiceInput): InvoiceTotals => {
  const invoice = invoiceInput.parse(input);
  const mode: RoundingMode = invoice.rounding;
  const order = new Map(invoice.taxRates.map((rate, index) => [rate.id, index]));
  if (order.size !== invoice.taxRates.length) throw new RangeError('Tax rate ids must be unique');
  const ratesOf = (ids: readonly string[]): TaxRate[] =>
    [...new Set(ids)]
      .map((id) => {
        const index = order.get(id);
        if (index === undefined) throw new RangeError(`Unknown tax rate ${id}`);
        return index;
      })
      .sort((a, b) => a - b)
      .map((index) => invoice.taxRates[index] as TaxRate);

  // Lines that share the same set of rates form a category; each rate's tax is computed on category sums.
  const categories = new Map<string, Category>();
  const lines = invoice.lines.map((line) => {
    const exact = multiply(parseDecimal(line.quantity), ratio(BigInt(line.unitPriceMinor)));
    const amount = round(afterDiscount(exact, line.discount), mode);
    const rates = ratesOf(line.taxRateIds);
    const key = rates.map((rate) => rate.id).join('\u0000');
    const category = categories.get(key) ?? { rates, amount: 0n };
    category.amount += amount;
    categories.set(key, category);
    if (invoice.priceMode === 'net') return { netMinor: toNumber(amount) };
    const net = round(divide(ratio(amount), grossFactor(rates)), mode);
    return { netMinor: toNumber(net), grossMinor: toNumber(amount) };
  });

  const groups = [...categories.values()];
  const before = groups.reduce((sum, group) => sum + group.amount, 0n);
  const discounted = round(afterDiscount(ratio(before), invoice.discount), mode);
  const discountParts = allocate(
    before - discounted,
    groups.map((group) => group.amount),
  );

  const totals = new Map<string, RateTotal>();
  const accrue: Accrue = (rate, base, tax) => {
    const total = totals.get(rate.id) ?? { base: ZERO, tax: ZERO };
    totals.set(rate.id, { base: add(total.base, base), tax: add(total.tax, tax) });
  };
  const net = groups.reduce(
    (sum, group, index) =>
      sum +
      taxCategory(group.rates, group.amount - (discountParts[index] ?? 0n), invoice.priceMode, mode, accrue),
    0n,
  );

  const taxGroups = invoice.taxRates.flatMap((rate): TaxGroup[] => {
    const total = totals.get(rate.id);
    if (!total) return [];
    return [
      {
        rateId: rate.id,
        name: rate.name,
        rate: rate.rate,
        kind: rate.kind ?? 'standard',
        taxableMinor: toNumber(round(total.base, mode)),
        taxMinor: toNumber(round(total.tax, mode)),
        ...(rate.note === undefined ? {} : { note: rate.note }),
      },
    ];
  });
  const tax = taxGroups.reduce((sum, group) => sum + BigInt(group.taxMinor), 0n);
  return {
    currency: invoice.currency,
    lines,
    taxGroups,
    discountMinor: toNumber(before - discounted),
    netMinor: toNumber(net),
    taxMinor: toNumber(tax),
    totalMinor: toNumber(net + tax),
  };
};
