import { add, allocate, parseDecimal, type Ratio, subtract } from './exact';
import { invoiceTotals, type PricedContent } from './invoice-totals';
import type { NamedTaxRate } from './tax-rates';

type PricedLine = PricedContent['lines'][number];

const decimalText = ({ n, d }: Ratio): string => {
  let scale = 0;
  while (10n ** BigInt(scale) % d !== 0n) scale += 1;
  const units = n * (10n ** BigInt(scale) / d);
  const sign = units < 0n ? '-' : '';
  const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
  return scale === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
};

/** Exact decimal sum of quantities ("1.5" + "0.25" = "1.75"), never through a float. */
export const addQuantities = (a: string, b: string): string =>
  decimalText(add(parseDecimal(a), parseDecimal(b)));

export const subtractQuantities = (a: string, b: string): string =>
  decimalText(subtract(parseDecimal(a), parseDecimal(b)));

export const compareQuantities = (a: string, b: string): number => {
  const { n } = subtract(parseDecimal(a), parseDecimal(b));
  return n === 0n ? 0 : n < 0n ? -1 : 1;
};

const lineAmounts = (content: PricedContent, rates: readonly NamedTaxRate[]): bigint[] =>
  invoiceTotals({ ...content, discountPercent: null, discountMinor: null }, rates).lines.map((line) =>
    BigInt(line.grossMinor ?? line.netMinor),
  );

const sum = (values: readonly bigint[]) => values.reduce((acc, value) => acc + value, 0n);

/**
 * What the invoice would total with these quantities: the same calculation, and an amount discount on the
 * whole invoice shared pro rata to what the quantities leave of it, so the full quantities give the total.
 */
const totalWith = (content: PricedContent, rates: readonly NamedTaxRate[], quantities: readonly string[]) => {
  const lines = content.lines.map((line, index) => ({ ...line, quantity: quantities[index] ?? '0' }));
  if (content.discountMinor === null) return BigInt(invoiceTotals({ ...content, lines }, rates).totalMinor);
  const whole = sum(lineAmounts(content, rates));
  const part = sum(lineAmounts({ ...content, lines }, rates));
  const [share = 0n] = whole === 0n ? [0n] : allocate(BigInt(content.discountMinor), [part, whole - part]);
  return BigInt(invoiceTotals({ ...content, lines, discountMinor: Number(share) }, rates).totalMinor);
};

/**
 * What crediting `adding` of each line is worth after `already` was credited: the difference of the
 * invoice's total at the two quantities. Differences telescope, so crediting every line, in any steps,
 * adds up to exactly the invoice's total.
 */
export const lineCreditValue = (
  content: PricedContent,
  rates: readonly NamedTaxRate[],
  already: readonly string[],
  adding: readonly string[],
): bigint => {
  const after = already.map((quantity, index) => addQuantities(quantity, adding[index] ?? '0'));
  return totalWith(content, rates, after) - totalWith(content, rates, already);
};

const alone = (content: PricedContent, rates: readonly NamedTaxRate[], lines: PricedLine[]) =>
  lines.length === 0
    ? 0n
    : BigInt(
        invoiceTotals({ ...content, discountPercent: null, discountMinor: null, lines }, rates).totalMinor,
      );

export interface CreditPart {
  /** Index into the invoice's lines for a line credit; the tax rate tells where an amount credit goes. */
  lineIndex: number | null;
  taxRateId: number;
  amountMinor: bigint;
}

/** Spreads a line credit's value over the credited lines, each weighted by its own gross. */
export const splitLineCredit = (
  content: PricedContent,
  rates: readonly NamedTaxRate[],
  value: bigint,
  adding: readonly string[],
): CreditPart[] => {
  const chosen = content.lines.flatMap((line, index) =>
    compareQuantities(adding[index] ?? '0', '0') > 0 ? [{ line, index }] : [],
  );
  const own = chosen.map(({ line, index }) =>
    alone(content, rates, [{ ...line, quantity: adding[index] ?? '0' }]),
  );
  // A sliver of a cheap line can round to nothing on its own while the credit it completes is worth a
  // minor unit; then the lines' whole amounts, or failing those equal shares, decide the split.
  const whole = chosen.map(({ line }) => alone(content, rates, [line]));
  const weights = [own, whole].find((set) => sum(set) !== 0n) ?? chosen.map(() => 1n);
  const parts = allocate(value, weights);
  return chosen.map(({ line, index }, position) => ({
    lineIndex: index,
    taxRateId: line.taxRateId,
    amountMinor: parts[position] ?? 0n,
  }));
};

/** Spreads an amount over the invoice's tax rates pro rata to the gross each carries on the invoice. */
export const splitAmountCredit = (
  content: PricedContent,
  rates: readonly NamedTaxRate[],
  amount: bigint,
): CreditPart[] => {
  const rateIds = [...new Set(content.lines.map((line) => line.taxRateId))];
  const weights = rateIds.map((id) =>
    alone(
      content,
      rates,
      content.lines.filter((line) => line.taxRateId === id),
    ),
  );
  const parts = allocate(amount, weights);
  return rateIds
    .map((taxRateId, index) => ({ lineIndex: null, taxRateId, amountMinor: parts[index] ?? 0n }))
    .filter((part) => part.amountMinor !== 0n);
};

const smaller = (a: bigint, b: bigint) => (a < b ? a : b);

export type CreditOutcome = 'reduce' | 'refund' | 'credit';

export interface Settlement {
  /** Taken off what the invoice still owes. */
  reduceMinor: bigint;
  /** Paid back to the customer, at most what they paid. */
  refundMinor: bigint;
  /** Kept for the customer's later invoices. */
  keptMinor: bigint;
}

/**
 * Where a credit note's value goes: first off the invoice's open balance, since nothing should stay owed
 * for what was credited; the rest is refunded (up to what was paid) or kept as credit.
 */
export const settle = (
  value: bigint,
  figures: { balanceMinor: bigint; paidMinor: bigint },
  outcome: CreditOutcome,
): Settlement => {
  const reduceMinor = smaller(value, figures.balanceMinor);
  const rest = value - reduceMinor;
  const refundable = outcome === 'refund' ? smaller(rest, figures.paidMinor) : 0n;
  return { reduceMinor, refundMinor: refundable, keptMinor: rest - refundable };
};

/**
 * A credit note's own content: one tax-inclusive line per part, so its total is exactly the sum of the
 * parts and its tax follows the rates of what it credits.
 */
export const creditNoteContent = (
  invoice: Pick<PricedContent, 'currency' | 'rounding'>,
  parts: readonly CreditPart[],
): PricedContent => ({
  currency: invoice.currency,
  rounding: invoice.rounding,
  priceMode: 'gross',
  discountPercent: null,
  discountMinor: null,
  lines: parts.map((part) => ({
    quantity: '1',
    unitPriceMinor: Number(part.amountMinor),
    discountPercent: null,
    discountMinor: null,
    taxRateId: part.taxRateId,
  })),
});
