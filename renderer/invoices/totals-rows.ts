import type { InvoiceTotals } from '../../shared/invoice-math';
import { formatMoney } from '../../shared/money';

export interface TotalsRow {
  key: string;
  label: string;
  minor: number;
  emphasis?: 'strong' | 'dimmed';
  /** The legal wording under an exempt or reverse-charge amount. */
  note?: string;
}

/**
 * The summary under the lines, as the editor, the preview and the issued view all show it: subtotal and
 * discount when there is one, the net, one row per tax rate on its own base (BR-CO-17), and the total.
 */
export const totalsRows = (totals: InvoiceTotals): TotalsRow[] => {
  // Tax-inclusive prices give every line a gross amount; the subtotal is then tax-inclusive too.
  const gross = totals.lines.some((line) => line.grossMinor !== undefined);
  const money = (minor: number) => formatMoney({ minor, currency: totals.currency });
  const linesSum = totals.lines.reduce((sum, line) => sum + (line.grossMinor ?? line.netMinor), 0);
  const rows: TotalsRow[] = [];
  if (totals.discountMinor !== 0 || gross) {
    rows.push({
      key: 'subtotal',
      label: gross ? 'Subtotal incl. tax' : 'Subtotal',
      minor: linesSum,
    });
  }
  if (totals.discountMinor !== 0)
    rows.push({ key: 'discount', label: 'Discount', minor: -totals.discountMinor });
  rows.push({ key: 'net', label: 'Net', minor: totals.netMinor });
  for (const group of totals.taxGroups) {
    rows.push({
      key: `tax-${group.rateId}`,
      label: `${group.name} on ${money(group.taxableMinor)}`,
      minor: group.taxMinor,
      emphasis: 'dimmed',
      note: group.note,
    });
  }
  rows.push({ key: 'total', label: 'Total', minor: totals.totalMinor, emphasis: 'strong' });
  return rows;
};
