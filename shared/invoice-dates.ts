import type { PaymentTerms } from './invoices';

const dayMs = 86_400_000;

const utcDay = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`);

const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The day on the computer's own calendar: an invoice dated at 00:30 is dated the day a person sees. */
export const localIsoDate = (date: Date): string =>
  [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');

export const addDays = (isoDate: string, days: number): string => isoOf(utcDay(isoDate) + days * dayMs);

/** Whole days from `from` to `to`; negative when `to` comes first. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((utcDay(to) - utcDay(from)) / dayMs);

export const endOfMonth = (isoDate: string): string => {
  const [year, month] = isoDate.split('-').map(Number) as [number, number];
  return isoOf(Date.UTC(year, month, 0));
};

/**
 * When an invoice is due: `net` N days after the issue date, `end_of_month` on the last day of the issue
 * month, `on_receipt` on the issue date itself.
 */
export const dueDateFor = (issueDate: string, terms: PaymentTerms, termsDays: number): string => {
  switch (terms) {
    case 'net':
      return addDays(issueDate, termsDays);
    case 'end_of_month':
      return endOfMonth(issueDate);
    case 'on_receipt':
      return issueDate;
  }
};
