import { compareQuantities, lineCreditValue } from '../../../shared/credit-math';
import type { CreditableLine, CreditNoteIssueInput } from '../../../shared/credit-notes';
import type { Invoice } from '../../../shared/invoices';
import { parseMajorUnits } from '../../../shared/major-units';

export interface CreditChoice {
  mode: 'lines' | 'amount';
  /** Quantity to credit per invoice line id; absent or '' when the line is not credited. */
  quantities: Record<number, string>;
  amount: string;
}

const isQuantity = (text: string) =>
  /^\d{1,9}(\.\d{1,4})?$/.test(text.trim()) && compareQuantities(text.trim(), '0') > 0;

/** The lines a choice credits, in the invoice's order. */
export const chosenLines = (choice: CreditChoice, lines: CreditableLine[]) =>
  lines.filter((line) => isQuantity(choice.quantities[line.lineId] ?? ''));

/** What the credit note will be worth, by the same calculation the server runs; null until it can tell. */
export const previewValue = (
  invoice: Invoice,
  lines: CreditableLine[],
  choice: CreditChoice,
): number | null => {
  if (choice.mode === 'amount') {
    const parsed = parseMajorUnits(choice.amount, invoice.currency);
    return parsed.ok && parsed.minor > 0 ? parsed.minor : null;
  }
  const adding = invoice.lines.map((line) => choice.quantities[line.id]?.trim() ?? '');
  const chosen = chosenLines(choice, lines);
  const tooMany = chosen.some(
    (line) => compareQuantities((choice.quantities[line.lineId] ?? '').trim(), line.remainingQuantity) > 0,
  );
  if (chosen.length === 0 || tooMany) return null;
  try {
    return Number(
      lineCreditValue(
        invoice,
        invoice.taxRates,
        lines.map((line) => line.creditedQuantity),
        adding.map((quantity) => (isQuantity(quantity) ? quantity : '0')),
      ),
    );
  } catch {
    return null;
  }
};

export const creditPart = (
  invoice: Invoice,
  lines: CreditableLine[],
  choice: CreditChoice,
): Pick<CreditNoteIssueInput, 'lines' | 'amountMinor'> => {
  if (choice.mode === 'lines') {
    return {
      lines: chosenLines(choice, lines).map((line) => ({
        lineId: line.lineId,
        quantity: (choice.quantities[line.lineId] ?? '').trim(),
      })),
    };
  }
  const parsed = parseMajorUnits(choice.amount, invoice.currency);
  return { amountMinor: parsed.ok ? parsed.minor : 0 };
};
