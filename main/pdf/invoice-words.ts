import type { Address } from '../../shared/fields';
import type { DocumentParty, InvoiceDocument } from '../../shared/invoice-document';
import { formatMoney } from '../../shared/money';

/** One document's printed text, decided once for every way it is printed (this PDF, the HTML of the bench). */
export interface InvoiceWords {
  /** "Invoice", "Credit note", "Estimate". */
  title: string;
  /** The number, or "Draft". */
  number: string;
  /** "Invoice INV-2026-0001", or "Invoice (draft)": the PDF title and the header of later pages. */
  label: string;
  /** "Credit note for INV-2026-0007". */
  corrects: string | null;
  meta: Labelled[];
  seller: PartyWords;
  buyer: PartyWords;
  columns: LineColumn[];
  lines: LineWords[];
  totals: TotalRow[];
  /** The legal wording of exempt and reverse-charge amounts (art. 226 (11), (11a)). */
  taxNotes: string[];
  notes: string;
  terms: string;
  bankDetails: string;
  footer: string;
}

export interface Labelled {
  label: string;
  value: string;
}

export interface PartyWords {
  name: string;
  lines: string[];
}

export type LineColumn = 'description' | 'quantity' | 'unitPrice' | 'discount' | 'tax' | 'amount';
export type LineWords = Record<LineColumn, string>;

export interface TotalRow extends Labelled {
  /** 'due' is what the customer is asked to pay, 'sum' a total above it. */
  emphasis: 'none' | 'sum' | 'due';
}

export const columnTitles: Record<LineColumn, string> = {
  description: 'Description',
  quantity: 'Quantity',
  unitPrice: 'Unit price',
  discount: 'Discount',
  tax: 'Tax',
  amount: 'Amount',
};

const titles: Record<InvoiceDocument['kind'], string> = {
  invoice: 'Invoice',
  credit_note: 'Credit note',
  estimate: 'Estimate',
};

const pluralUnits: Record<string, string> = { hour: 'hours', day: 'days', month: 'months' };

const cached = <T>(make: (locale: string) => T) => {
  const made = new Map<string, T>();
  return (locale: string): T => {
    let value = made.get(locale);
    if (value === undefined) {
      value = make(locale);
      made.set(locale, value);
    }
    return value;
  };
};

const dateFormat = cached(
  (locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
);
const quantityFormat = cached((locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }));
// Country names in English, like the labels around them.
const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

export const formatDate = (iso: string, locale: string) =>
  dateFormat(locale).format(new Date(`${iso}T00:00:00Z`));

/** Exact decimal text in the locale's digits; Intl formats decimal strings without passing through a float. */
const formatQuantity = (quantity: string, unit: string, locale: string) => {
  const amount = quantityFormat(locale).format(quantity as unknown as number);
  const word = Number(quantity) === 1 ? unit : (pluralUnits[unit] ?? unit);
  return word === '' ? amount : `${amount} ${word}`;
};

const postalCodeAfterRegion = new Set(['US', 'CA', 'AU']);

const addressLines = ({ line1, line2, postalCode, city, region, country }: Address): string[] => {
  const place = postalCodeAfterRegion.has(country)
    ? [[city, [region, postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ')]
    : [[postalCode, city].filter(Boolean).join(' '), region];
  return [line1, line2, ...place, country === '' ? '' : (countryNames.of(country) ?? country)].filter(
    (line) => line.trim() !== '',
  );
};

/** EU VAT numbers start with their country's letters; anything else is a plain tax number. */
const taxIdLine = (taxId: string) => (/^[A-Z]{2}/.test(taxId) ? `VAT ID: ${taxId}` : `Tax ID: ${taxId}`);

const partyWords = (party: DocumentParty, before: string[]): PartyWords => ({
  name: party.name,
  lines: [
    ...before,
    ...addressLines(party.address),
    party.taxId === '' ? '' : taxIdLine(party.taxId),
    party.email,
    party.phone,
  ].filter((line) => line !== ''),
});

const metaRows = (doc: InvoiceDocument, title: string, number: string): Labelled[] => {
  const date = (iso: string) => formatDate(iso, doc.locale);
  return [
    { label: `${title} number`, value: number },
    { label: 'Issue date', value: date(doc.issueDate) },
    ...(doc.supplyDate ? [{ label: 'Date of supply', value: date(doc.supplyDate) }] : []),
    ...(doc.dueDate
      ? [{ label: doc.kind === 'estimate' ? 'Valid until' : 'Due date', value: date(doc.dueDate) }]
      : []),
  ];
};

const totalRows = (doc: InvoiceDocument): TotalRow[] => {
  const { totals } = doc;
  const money = (minor: number) => formatMoney({ minor, currency: totals.currency }, doc.locale);
  const row = (label: string, minor: number, emphasis: TotalRow['emphasis'] = 'none'): TotalRow => ({
    label,
    value: money(minor),
    emphasis,
  });
  // Gross prices: the lines and the discount include tax, so the subtotal does too.
  const gross = totals.lines.some((line) => line.grossMinor !== undefined);
  const linesSum = totals.lines.reduce((sum, line) => sum + (line.grossMinor ?? line.netMinor), 0);
  const rows: TotalRow[] = [];
  if (totals.discountMinor !== 0) {
    rows.push(row(gross ? 'Subtotal (incl. tax)' : 'Subtotal', linesSum));
    rows.push(row(gross ? 'Invoice discount (incl. tax)' : 'Invoice discount', -totals.discountMinor));
  }
  rows.push(row('Net total', totals.netMinor));
  for (const group of totals.taxGroups)
    rows.push(row(`${group.name} on ${money(group.taxableMinor)}`, group.taxMinor));
  const settled = doc.paidMinor !== 0 || doc.creditedMinor !== 0;
  rows.push(row('Total', totals.totalMinor, settled ? 'sum' : 'due'));
  if (doc.paidMinor !== 0) rows.push(row('Paid', -doc.paidMinor));
  if (doc.creditedMinor !== 0) rows.push(row('Credited', -doc.creditedMinor));
  if (settled) rows.push(row('Balance due', totals.totalMinor - doc.paidMinor - doc.creditedMinor, 'due'));
  return rows;
};

export const invoiceWords = (doc: InvoiceDocument): InvoiceWords => {
  const title = titles[doc.kind];
  const money = (minor: number) => formatMoney({ minor, currency: doc.currency }, doc.locale);
  const number = doc.number ?? 'Draft';
  const lines = doc.lines.map(
    (line, index): LineWords => ({
      description: line.description,
      quantity: formatQuantity(line.quantity, line.unit, doc.locale),
      unitPrice: money(line.unitPriceMinor),
      discount: line.discountText,
      tax: line.taxLabel,
      amount: money(doc.totals.lines[index]?.netMinor ?? 0),
    }),
  );
  const shown = (column: LineColumn) => lines.some((line) => line[column] !== '');
  return {
    title,
    number,
    label: doc.number ? `${title} ${doc.number}` : `${title} (draft)`,
    corrects: doc.correctsNumber ? `Credit note for ${doc.correctsNumber}` : null,
    meta: metaRows(doc, title, number),
    seller: partyWords(doc.seller, []),
    buyer: partyWords(
      doc.buyer,
      doc.buyer.attention.map((name) => `Attn: ${name}`),
    ),
    columns: (Object.keys(columnTitles) as LineColumn[]).filter(
      (column) => column === 'description' || column === 'amount' || shown(column),
    ),
    lines,
    totals: totalRows(doc),
    taxNotes: doc.totals.taxGroups.flatMap((group) => (group.note ? [group.note] : [])),
    notes: doc.notes,
    terms: doc.terms,
    bankDetails: doc.seller.bankDetails,
    footer: doc.footer,
  };
};
