import { describe, expect, it } from 'vitest';
import { invoiceTotals } from '../../shared/invoice-totals';
import type { NamedTaxRate } from '../../shared/tax-rates';
import { totalsRows } from './totals-rows';

const vat19: NamedTaxRate = {
  id: 1,
  name: 'VAT 19%',
  kind: 'standard',
  components: [{ name: 'VAT', rate: '19' }],
  note: '',
};
const exempt: NamedTaxRate = {
  id: 2,
  name: 'VAT exempt',
  kind: 'exempt',
  components: [{ name: 'VAT', rate: '0' }],
  note: 'Exempt under § 4 UStG',
};

const line = (unitPriceMinor: number, taxRateId: number) => ({
  quantity: '1',
  unitPriceMinor,
  discountPercent: null,
  discountMinor: null,
  taxRateId,
});

const summary = (rows: ReturnType<typeof totalsRows>) => rows.map((row) => [row.label, row.minor]);

describe('the totals under an invoice', () => {
  it('shows the net and one tax line per rate on its own base, with the legal note of an exempt one', () => {
    const totals = invoiceTotals(
      {
        currency: 'EUR',
        rounding: 'half-up',
        priceMode: 'net',
        discountPercent: null,
        discountMinor: null,
        lines: [line(100_000, 1), line(50_000, 2)],
      },
      [vat19, exempt],
    );
    const rows = totalsRows(totals);
    expect(summary(rows)).toEqual([
      ['Net', 150_000],
      ['VAT 19% on €1,000.00', 19_000],
      ['VAT exempt on €500.00', 0],
      ['Total', 169_000],
    ]);
    expect(rows.find((row) => row.label.startsWith('VAT exempt'))?.note).toBe('Exempt under § 4 UStG');
  });

  it('shows the subtotal and the discount before the net when there is a discount', () => {
    const totals = invoiceTotals(
      {
        currency: 'EUR',
        rounding: 'half-up',
        priceMode: 'net',
        discountPercent: '10',
        discountMinor: null,
        lines: [line(100_000, 1)],
      },
      [vat19],
    );
    expect(summary(totalsRows(totals))).toEqual([
      ['Subtotal', 100_000],
      ['Discount', -10_000],
      ['Net', 90_000],
      ['VAT 19% on €900.00', 17_100],
      ['Total', 107_100],
    ]);
  });

  it('says the subtotal includes tax when prices were entered with it', () => {
    const totals = invoiceTotals(
      {
        currency: 'EUR',
        rounding: 'half-up',
        priceMode: 'gross',
        discountPercent: null,
        discountMinor: null,
        lines: [line(119_000, 1)],
      },
      [vat19],
    );
    expect(summary(totalsRows(totals))).toEqual([
      ['Subtotal incl. tax', 119_000],
      ['Net', 100_000],
      ['VAT 19% on €1,000.00', 19_000],
      ['Total', 119_000],
    ]);
  });
});
