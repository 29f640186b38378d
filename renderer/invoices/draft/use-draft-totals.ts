import { useMemo } from 'react';
import type { InvoiceTotals } from '../../../shared/invoice-math';
import { invoiceTotals } from '../../../shared/invoice-totals';
import type { Invoice } from '../../../shared/invoices';
import type { NamedTaxRate } from '../../../shared/tax-rates';
import { useTaxRates } from '../../tax-rates/tax-rate-queries';
import { type DraftValues, pricedContent } from './draft-values';

export interface DraftTotals {
  totals: InvoiceTotals | null;
  /** Why there are no totals, e.g. a discount larger than its line. */
  problem: string | null;
  /** Each editor line's amount (net, or tax-inclusive in gross mode), or null while it does not add up yet. */
  lineAmounts: (number | null)[];
  /** The editor lines the totals counted, in order. */
  included: number[];
  uncounted: number;
  rates: NamedTaxRate[];
}

/** Every rate the editor may meet: the workspace's and, for lines on a rate since archived, the draft's own. */
export const useRates = (invoice: Pick<Invoice, 'taxRates'>) => {
  const listed = useTaxRates('all');
  return useMemo(() => {
    const byId = new Map<number, NamedTaxRate>(invoice.taxRates.map((rate) => [rate.id, rate]));
    for (const rate of listed.data ?? []) byId.set(rate.id, rate);
    return { rates: [...byId.values()], records: listed.data ?? [] };
  }, [invoice.taxRates, listed.data]);
};

/** The draft's totals as typed, worked out here with the one shared calculation; no request per keystroke. */
export const useDraftTotals = (
  values: DraftValues,
  invoice: Pick<Invoice, 'rounding'>,
  rates: NamedTaxRate[],
): DraftTotals =>
  useMemo(() => {
    const { content, included } = pricedContent(values, invoice.rounding);
    const uncounted = values.lines.length - included.length;
    try {
      const totals = invoiceTotals(content, rates);
      const lineAmounts = values.lines.map((_, index) => {
        const line = totals.lines[included.indexOf(index)];
        return line ? (line.grossMinor ?? line.netMinor) : null;
      });
      return { totals, problem: null, lineAmounts, included, uncounted, rates };
    } catch (error) {
      return {
        totals: null,
        problem:
          error instanceof RangeError ? error.message : 'Totals appear once every line reads as numbers.',
        lineAmounts: values.lines.map(() => null),
        included: [],
        uncounted,
        rates,
      };
    }
  }, [values, invoice.rounding, rates]);
