import { computeInvoice, type InvoiceInput, type InvoiceTotals } from './invoice-math';
import type { InvoiceLineValues } from './invoices';
import { mathRatesOf, type NamedTaxRate } from './tax-rates';

export interface PricedContent {
  currency: string;
  rounding: 'half-up' | 'half-even';
  priceMode: 'net' | 'gross';
  discountPercent: string | null;
  discountMinor: number | null;
  lines: readonly Pick<
    InvoiceLineValues,
    'quantity' | 'unitPriceMinor' | 'discountPercent' | 'discountMinor' | 'taxRateId'
  >[];
}

const discountOf = (percent: string | null, amountMinor: number | null) =>
  percent !== null ? { percent } : amountMinor !== null ? { amountMinor } : undefined;

/** An invoice's content in the calculation's terms: each named rate becomes its component rates. */
export const invoiceMathInput = (content: PricedContent, rates: readonly NamedTaxRate[]): InvoiceInput => {
  const byId = new Map(rates.map((rate) => [rate.id, rate]));
  const used = [...new Set(content.lines.map((line) => line.taxRateId))].map((id) => {
    const rate = byId.get(id);
    if (!rate) throw new RangeError(`Unknown tax rate ${id}`);
    return rate;
  });
  const mathRates = used.flatMap(mathRatesOf);
  return {
    currency: content.currency,
    rounding: content.rounding,
    priceMode: content.priceMode,
    discount: discountOf(content.discountPercent, content.discountMinor),
    lines: content.lines.map((line) => ({
      quantity: line.quantity,
      unitPriceMinor: line.unitPriceMinor,
      discount: discountOf(line.discountPercent, line.discountMinor),
      taxRateIds: mathRatesOf(byId.get(line.taxRateId) as NamedTaxRate).map((rate) => rate.id),
    })),
    taxRates: mathRates,
  };
};

/** The totals of an invoice's content: the editor, the service, the PDF and exports all call this. */
export const invoiceTotals = (content: PricedContent, rates: readonly NamedTaxRate[]): InvoiceTotals =>
  computeInvoice(invoiceMathInput(content, rates));
