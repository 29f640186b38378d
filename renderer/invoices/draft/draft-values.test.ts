import { describe, expect, it } from 'vitest';
import { invoiceTotals } from '../../../shared/invoice-totals';
import type { Invoice } from '../../../shared/invoices';
import type { NamedTaxRate } from '../../../shared/tax-rates';
import {
  blankLine,
  type DraftValues,
  draftChanges,
  draftDueDate,
  draftProblems,
  draftValues,
  fieldOf,
  pricedContent,
} from './draft-values';

const vat19: NamedTaxRate = {
  id: 1,
  name: 'VAT 19%',
  kind: 'standard',
  components: [{ name: 'VAT', rate: '19' }],
  note: '',
};

const line = (overrides: Partial<Invoice['lines'][number]> = {}): Invoice['lines'][number] => ({
  id: 1,
  catalogItemId: 4,
  description: 'Strategy workshop',
  quantity: '2',
  unit: 'day',
  unitPriceMinor: 120_000,
  discountPercent: null,
  discountMinor: null,
  taxRateId: 1,
  netMinor: 240_000,
  ...overrides,
});

const draft = {
  id: 7,
  companyId: 3,
  contactIds: [5, 6],
  templateId: 2,
  issueDate: '2026-03-10',
  dueDate: '2026-03-24',
  paymentTerms: 'net',
  termsDays: 14,
  supplyDate: null,
  currency: 'EUR',
  priceMode: 'net',
  rounding: 'half-up',
  discountPercent: null,
  discountMinor: 5_000,
  notes: 'Thank you',
  terms: '',
  footer: '',
  lines: [
    line(),
    line({
      id: 2,
      catalogItemId: null,
      description: 'Travel',
      quantity: '1',
      unit: '',
      unitPriceMinor: 45_050,
      discountPercent: '10',
    }),
  ],
  taxRates: [vat19],
} as unknown as Invoice;

const edited = (change: (values: DraftValues) => void) => {
  const values = structuredClone(draftValues(draft));
  change(values);
  return values;
};

describe('a draft in the editor', () => {
  it('sends back exactly what it was loaded with', () => {
    expect(draftChanges(draftValues(draft))).toEqual({
      companyId: 3,
      contactIds: [5, 6],
      templateId: 2,
      issueDate: '2026-03-10',
      paymentTerms: 'net',
      termsDays: 14,
      supplyDate: null,
      currency: 'EUR',
      priceMode: 'net',
      discountPercent: null,
      discountMinor: 5_000,
      notes: 'Thank you',
      terms: '',
      footer: '',
      lines: [
        {
          catalogItemId: 4,
          description: 'Strategy workshop',
          quantity: '2',
          unit: 'day',
          unitPriceMinor: 120_000,
          discountPercent: null,
          discountMinor: null,
          taxRateId: 1,
        },
        {
          catalogItemId: null,
          description: 'Travel',
          quantity: '1',
          unit: '',
          unitPriceMinor: 45_050,
          discountPercent: '10',
          discountMinor: null,
          taxRateId: 1,
        },
      ],
    });
  });

  it('reads amounts typed in major units as exact minor units, and a percent sign as a percentage', () => {
    const changes = draftChanges(
      edited((values) => {
        values.lines[0] = {
          ...(values.lines[0] as DraftValues['lines'][number]),
          unitPrice: '1,234.55',
          discount: '12.5 %',
        };
        values.discountKind = 'amount';
        values.discount = '99.90';
      }),
    );
    expect(changes.lines?.[0]).toMatchObject({
      unitPriceMinor: 123_455,
      discountPercent: '12.5',
      discountMinor: null,
    });
    expect(changes).toMatchObject({ discountPercent: null, discountMinor: 9_990 });
  });

  it('names what keeps it from saving by the field that holds it', () => {
    const problems = draftProblems(
      draft.id,
      edited((values) => {
        values.lines.push(blankLine(1));
        values.lines[0] = {
          ...(values.lines[0] as DraftValues['lines'][number]),
          unitPrice: '12.345',
          quantity: '2,5',
        };
        values.termsDays = '';
      }),
    );
    expect(problems).toEqual({
      'lines.0.unitPrice': 'EUR has 2 decimal places',
      'lines.0.quantity': 'Use a quantity such as 1, 2.5 or -1',
      'lines.2.description': 'Description is required',
      'lines.2.unitPrice': 'Enter an amount',
      termsDays: 'Enter a number of days',
    });
    expect(draftProblems(draft.id, draftValues(draft))).toEqual({});
  });

  it('maps the server’s field paths onto the editor’s fields', () => {
    expect(fieldOf(['changes', 'lines', 1, 'unitPriceMinor'])).toBe('lines.1.unitPrice');
    expect(fieldOf(['lines', 0, 'discountPercent'])).toBe('lines.0.discount');
    expect(fieldOf(['discountMinor'])).toBe('discount');
    expect(fieldOf(['companyId'])).toBe('companyId');
  });

  it('totals the lines that read as numbers while another is still being typed', () => {
    const values = edited((draftValues) => {
      draftValues.discount = '';
      draftValues.lines.push({ ...blankLine(1), description: 'Half typed', unitPrice: '12.' });
      draftValues.lines.push({
        ...blankLine(1),
        description: 'Not a number',
        quantity: 'two',
        unitPrice: '10',
      });
    });
    const { content, included } = pricedContent(values, 'half-up');
    expect(included).toEqual([0, 1, 2]);
    const totals = invoiceTotals(content, [vat19]);
    // 2 × 1,200.00 + (450.50 − 10%) + 12.00 = 2,817.45 net; 19% of it is 535.3155, so 535.32.
    expect(totals).toMatchObject({ netMinor: 281_745, taxMinor: 53_532, totalMinor: 335_277 });
  });

  it('falls due as its terms say, once the date and days are complete', () => {
    expect(draftDueDate(draftValues(draft))).toBe('2026-03-24');
    expect(draftDueDate(edited((values) => Object.assign(values, { paymentTerms: 'end_of_month' })))).toBe(
      '2026-03-31',
    );
    expect(draftDueDate(edited((values) => Object.assign(values, { termsDays: '' })))).toBeNull();
    expect(draftDueDate(edited((values) => Object.assign(values, { issueDate: '2026-02-3' })))).toBeNull();
  });
});
