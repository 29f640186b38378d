import type { FormErrors } from '@mantine/form';
import type { CatalogItem } from '../../../shared/catalog';
import { unitWord } from '../../../shared/catalog';
import { dueDateFor } from '../../../shared/invoice-dates';
import type { PricedContent } from '../../../shared/invoice-totals';
import {
  type Invoice,
  type InvoiceLineInput,
  type InvoiceLineValues,
  type InvoiceUpdateInput,
  invoiceUpdateInput,
  type PaymentTerms,
} from '../../../shared/invoices';
import { parseMajorUnits } from '../../../shared/major-units';
import { isoDate, majorUnitsText } from '../../../shared/money';
import { percentText } from '../../../shared/tax-rate';
import { issuesToErrors } from '../../forms/form-errors';

type DiscountKind = 'percent' | 'amount';

/** One line as typed: money in major units, the discount as a percentage or an amount. */
export interface LineValues {
  /** Stable identity for React while lines are added, moved and removed. */
  key: string;
  catalogItemId: number | null;
  description: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  discountKind: DiscountKind;
  discount: string;
  taxRateId: string;
}

/** The draft as the editor holds it: selects keep ids as strings, amounts stay as typed. */
export interface DraftValues extends Record<string, unknown> {
  companyId: string | null;
  contactIds: string[];
  templateId: string | null;
  issueDate: string;
  paymentTerms: PaymentTerms;
  termsDays: number | string;
  supplyDate: string;
  currency: string;
  priceMode: 'net' | 'gross';
  discountKind: DiscountKind;
  discount: string;
  notes: string;
  terms: string;
  footer: string;
  lines: LineValues[];
}

export type DraftChanges = InvoiceUpdateInput['changes'];

let lastKey = 0;
const newKey = () => `line-${++lastKey}`;

const idText = (id: number | null) => (id === null ? null : String(id));

const discountValues = (percent: string | null, minor: number | null, currency: string) =>
  minor !== null
    ? { discountKind: 'amount' as const, discount: majorUnitsText(minor, currency) }
    : { discountKind: 'percent' as const, discount: percent ?? '' };

/** A stored line as the editor holds it. */
export const lineValues = (line: InvoiceLineValues, currency: string): LineValues => ({
  key: newKey(),
  catalogItemId: line.catalogItemId,
  description: line.description,
  quantity: line.quantity,
  unit: line.unit,
  unitPrice: majorUnitsText(line.unitPriceMinor, currency),
  ...discountValues(line.discountPercent, line.discountMinor, currency),
  taxRateId: String(line.taxRateId),
});

/** What the editor starts from: an invoice, or an estimate with the invoice-only terms filled in. */
export type DraftSource = Pick<
  Invoice,
  | 'companyId'
  | 'contactIds'
  | 'templateId'
  | 'issueDate'
  | 'paymentTerms'
  | 'termsDays'
  | 'supplyDate'
  | 'currency'
  | 'priceMode'
  | 'discountPercent'
  | 'discountMinor'
  | 'notes'
  | 'terms'
  | 'footer'
  | 'lines'
>;

export const draftValues = (invoice: DraftSource): DraftValues => ({
  companyId: idText(invoice.companyId),
  contactIds: invoice.contactIds.map(String),
  templateId: idText(invoice.templateId),
  issueDate: invoice.issueDate,
  paymentTerms: invoice.paymentTerms,
  termsDays: invoice.termsDays,
  supplyDate: invoice.supplyDate ?? '',
  currency: invoice.currency,
  priceMode: invoice.priceMode,
  ...discountValues(invoice.discountPercent, invoice.discountMinor, invoice.currency),
  notes: invoice.notes,
  terms: invoice.terms,
  footer: invoice.footer,
  lines: invoice.lines.map((line) => lineValues(line, invoice.currency)),
});

export const blankLine = (taxRateId: number | undefined): LineValues => ({
  key: newKey(),
  catalogItemId: null,
  description: '',
  quantity: '1',
  unit: '',
  unitPrice: '',
  discountKind: 'percent',
  discount: '',
  taxRateId: taxRateId === undefined ? '' : String(taxRateId),
});

/** A catalog item as a new line (the picker only offers items in the invoice's currency). */
export const catalogLine = (item: CatalogItem, defaultRateId: number | undefined) => ({
  ...blankLine(item.taxRateId ?? defaultRateId),
  catalogItemId: item.id,
  description: item.name,
  unit: unitWord(item),
  unitPrice: majorUnitsText(item.unitPriceMinor, item.currency),
});

/** When the draft falls due with the terms as typed, or null while the date or days are incomplete. */
export const draftDueDate = (values: DraftValues) =>
  isoDate.safeParse(values.issueDate).success && typeof values.termsDays === 'number'
    ? dueDateFor(values.issueDate, values.paymentTerms, values.termsDays)
    : null;

const money = (typed: string, currency: string) => {
  const parsed = parseMajorUnits(typed, currency);
  return parsed.ok ? parsed.minor : null;
};

/** The discount pair the channel takes; an amount that does not read as money yet is left for checks. */
const discountInput = (kind: DiscountKind, typed: string, currency: string) => {
  const text = typed.trim();
  if (text === '') return { discountPercent: null, discountMinor: null };
  if (kind === 'percent') return { discountPercent: text.replace(/%$/, '').trim(), discountMinor: null };
  return { discountPercent: null, discountMinor: money(text, currency) ?? Number.NaN };
};

export const lineInput = (line: LineValues, currency: string): InvoiceLineInput => ({
  catalogItemId: line.catalogItemId,
  description: line.description,
  quantity: line.quantity,
  unit: line.unit,
  unitPriceMinor: money(line.unitPrice, currency) ?? Number.NaN,
  ...discountInput(line.discountKind, line.discount, currency),
  taxRateId: Number(line.taxRateId) || Number.NaN,
});

/** Everything the editor owns, as invoices.update takes it; the deal and account links are left alone. */
export const draftChanges = (values: DraftValues): NonNullable<DraftChanges> => ({
  companyId: values.companyId === null ? null : Number(values.companyId),
  contactIds: values.contactIds.map(Number),
  templateId: values.templateId === null ? null : Number(values.templateId),
  issueDate: values.issueDate,
  paymentTerms: values.paymentTerms,
  termsDays: typeof values.termsDays === 'number' ? values.termsDays : Number.NaN,
  supplyDate: values.supplyDate === '' ? null : values.supplyDate,
  currency: values.currency,
  priceMode: values.priceMode,
  ...discountInput(values.discountKind, values.discount, values.currency),
  notes: values.notes,
  terms: values.terms,
  footer: values.footer,
  lines: values.lines.map((line) => lineInput(line, values.currency)),
});

const fieldNames: Record<string, string> = {
  unitPriceMinor: 'unitPrice',
  discountPercent: 'discount',
  discountMinor: 'discount',
};

/** The form field an input path came from: ["lines", 0, "unitPriceMinor"] is "lines.0.unitPrice". */
export const fieldOf = (path: readonly PropertyKey[]) => {
  const parts = path[0] === 'changes' ? path.slice(1) : path;
  return parts.map((part) => fieldNames[String(part)] ?? String(part)).join('.');
};

/** Money typed so that it does not read as an amount: the schema would only see "not a number". */
const moneyProblems = (values: DraftValues): FormErrors => {
  const errors: FormErrors = {};
  const check = (field: string, typed: string, required: boolean) => {
    if (!required && typed.trim() === '') return;
    const parsed = parseMajorUnits(typed, values.currency);
    if (!parsed.ok) errors[field] = parsed.message;
  };
  if (values.discountKind === 'amount') check('discount', values.discount, false);
  values.lines.forEach((line, index) => {
    check(`lines.${index}.unitPrice`, line.unitPrice, true);
    if (line.discountKind === 'amount') check(`lines.${index}.discount`, line.discount, false);
    if (line.taxRateId === '') errors[`lines.${index}.taxRateId`] = 'Choose a tax rate';
  });
  if (typeof values.termsDays !== 'number') errors.termsDays = 'Enter a number of days';
  return errors;
};

/** What keeps the draft from saving, keyed by form field, checked with the schema the server uses. */
export const draftProblems = (id: number, values: DraftValues): FormErrors => {
  const parsed = invoiceUpdateInput.safeParse({ id, changes: draftChanges(values) });
  return {
    ...(parsed.success ? {} : issuesToErrors(parsed.error.issues, fieldOf)),
    ...moneyProblems(values),
  };
};

type Discount = Pick<InvoiceLineInput, 'discountPercent' | 'discountMinor'>;

const readableDiscount = ({ discountPercent, discountMinor }: Discount) =>
  (discountPercent === null ||
    discountPercent === undefined ||
    percentText.safeParse(discountPercent).success) &&
  (discountMinor === null || discountMinor === undefined || Number.isSafeInteger(discountMinor));

export interface Priced {
  content: PricedContent;
  /** The positions of the lines in `content`, in the editor's list. */
  included: number[];
}

const readableLine = (line: InvoiceLineInput) =>
  Number.isSafeInteger(line.unitPriceMinor) &&
  Number.isSafeInteger(line.taxRateId) &&
  /^-?\d{1,9}(\.\d{1,4})?$/.test(line.quantity.trim()) &&
  readableDiscount(line);

/** The lines that already read as numbers, for the live totals while others are still being typed. */
export const pricedContent = (values: DraftValues, rounding: Invoice['rounding']): Priced => {
  const changes = draftChanges(values);
  const lines = changes.lines ?? [];
  const included = lines.flatMap((line, index) => (readableLine(line) ? [index] : []));
  const discount = readableDiscount(changes) ? changes : { discountPercent: null, discountMinor: null };
  return {
    included,
    content: {
      currency: values.currency,
      rounding,
      priceMode: values.priceMode,
      discountPercent: discount.discountPercent ?? null,
      discountMinor: discount.discountMinor ?? null,
      lines: included.map((index) => {
        const line = lines[index] as InvoiceLineInput;
        return {
          quantity: line.quantity.trim(),
          unitPriceMinor: line.unitPriceMinor,
          discountPercent: line.discountPercent ?? null,
          discountMinor: line.discountMinor ?? null,
          taxRateId: line.taxRateId,
        };
      }),
    },
  };
};
