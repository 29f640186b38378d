import { addDays, endOfMonth } from '../../shared/invoice-dates';

export interface MonthSpans {
  /** The whole months inside the range, as yyyy-mm bounds (null: open-ended); null when there are none. */
  whole: { from: string | null; to: string | null } | null;
  /** The parts of months at the edges the range only partly covers, as date bounds. */
  partial: { from: string; to: string }[];
}

/**
 * Splits an issue-date range (either end open) into whole months, whose figures invoice_totals holds,
 * and at most two partial months at its edges, whose figures must come from the invoices themselves.
 */
export const monthSpans = (from: string | undefined, to: string | undefined): MonthSpans => {
  if (from !== undefined && to !== undefined && from > to) return { whole: null, partial: [] };
  const partial: MonthSpans['partial'] = [];
  let wholeFrom = from;
  let wholeTo = to;
  if (from !== undefined && !from.endsWith('-01')) {
    const headEnd = to !== undefined && to < endOfMonth(from) ? to : endOfMonth(from);
    partial.push({ from, to: headEnd });
    wholeFrom = addDays(endOfMonth(from), 1);
  }
  if (to !== undefined && to !== endOfMonth(to) && (wholeFrom === undefined || wholeFrom <= to)) {
    const tailStart = `${to.slice(0, 7)}-01`;
    partial.push({ from: wholeFrom !== undefined && wholeFrom > tailStart ? wholeFrom : tailStart, to });
    wholeTo = addDays(tailStart, -1);
  }
  const empty = wholeFrom !== undefined && wholeTo !== undefined && wholeFrom > wholeTo;
  return {
    whole: empty ? null : { from: wholeFrom?.slice(0, 7) ?? null, to: wholeTo?.slice(0, 7) ?? null },
    partial,
  };
};
