import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addQuantities,
  compareQuantities,
  creditNoteContent,
  lineCreditValue,
  settle,
  splitAmountCredit,
  splitLineCredit,
  subtractQuantities,
} from './credit-math';
import { invoiceTotals, type PricedContent } from './invoice-totals';
import type { NamedTaxRate } from './tax-rates';

const rates: NamedTaxRate[] = [
  { id: 1, name: 'VAT 19%', kind: 'standard', components: [{ name: 'VAT', rate: '19' }], note: '' },
  { id: 2, name: 'VAT 7%', kind: 'standard', components: [{ name: 'VAT', rate: '7' }], note: '' },
  {
    id: 3,
    name: 'GST + QST',
    kind: 'standard',
    components: [
      { name: 'GST', rate: '5' },
      { name: 'QST', rate: '9.975', compound: true },
    ],
    note: '',
  },
  { id: 4, name: 'Exempt', kind: 'exempt', components: [{ name: 'VAT', rate: '0' }], note: 'Exempt.' },
];

const quantity = fc
  .tuple(fc.integer({ min: 1, max: 40 }), fc.constantFrom('', '.5', '.25', '.125'))
  .map(([whole, fraction]) => `${whole}${fraction}`);

const invoice = fc
  .record({
    currency: fc.constantFrom('JPY', 'EUR', 'BHD'),
    rounding: fc.constantFrom('half-up' as const, 'half-even' as const),
    priceMode: fc.constantFrom('net' as const, 'gross' as const),
    discount: fc.oneof(
      fc.constant({ discountPercent: null, discountMinor: null }),
      fc.constantFrom('10', '12.5').map((percent) => ({ discountPercent: percent, discountMinor: null })),
      fc.integer({ min: 0, max: 500 }).map((minor) => ({ discountPercent: null, discountMinor: minor })),
    ),
    lines: fc.array(
      fc.record({
        quantity,
        unitPriceMinor: fc.integer({ min: 1, max: 500_000 }),
        discountPercent: fc.constantFrom(null, '5'),
        discountMinor: fc.constant(null),
        taxRateId: fc.constantFrom(1, 2, 3, 4),
      }),
      { minLength: 1, maxLength: 5 },
    ),
  })
  .map(({ discount, ...rest }): PricedContent => ({ ...rest, ...discount }))
  // An amount discount larger than the invoice is refused by the editor, so never reaches a credit note.
  .filter(
    (content) =>
      invoiceTotals({ ...content, discountMinor: null }, rates).totalMinor > (content.discountMinor ?? 0) * 2,
  );

const totalOf = (content: PricedContent) => BigInt(invoiceTotals(content, rates).totalMinor);

/** Splits each line's quantity into a few steps of a credit, in exact decimals. */
const steps = (content: PricedContent, cuts: number[][]) => {
  const plans = content.lines.map((line, index) => {
    const pieces: string[] = [];
    let left = line.quantity;
    for (const cut of cuts[index] ?? []) {
      const piece = cut % 2 === 0 ? '0.5' : '1';
      if (compareQuantities(piece, left) >= 0) break;
      pieces.push(piece);
      left = subtractQuantities(left, piece);
    }
    return [...pieces, left];
  });
  const rounds = Math.max(...plans.map((plan) => plan.length));
  return Array.from({ length: rounds }, (_, round) => plans.map((plan) => plan[round] ?? '0'));
};

describe('line credits', () => {
  it('add up to exactly the invoice total however the lines are credited, and never beyond it', () => {
    fc.assert(
      fc.property(
        invoice,
        fc.array(fc.array(fc.nat(3), { maxLength: 3 }), { maxLength: 5 }),
        (content, cuts) => {
          const total = totalOf(content);
          let already = content.lines.map(() => '0');
          let credited = 0n;
          for (const adding of steps(content, cuts)) {
            const value = lineCreditValue(content, rates, already, adding);
            credited += value;
            expect(credited).toBeLessThanOrEqual(total);
            if (value > 0n) {
              const parts = splitLineCredit(content, rates, value, adding);
              expect(parts.reduce((acc, part) => acc + part.amountMinor, 0n)).toBe(value);
              expect(totalOf(creditNoteContent(content, parts))).toBe(value);
            }
            already = already.map((done, index) => addQuantities(done, adding[index] ?? '0'));
          }
          expect(credited).toBe(total);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a sliver of a line', () => {
  it('that rounds to nothing alone still carries the minor unit it completes', () => {
    const yen: PricedContent = {
      currency: 'JPY',
      rounding: 'half-up',
      priceMode: 'net',
      discountPercent: null,
      discountMinor: 0,
      lines: [{ quantity: '1', unitPriceMinor: 1, discountPercent: '5', discountMinor: null, taxRateId: 1 }],
    };
    expect(lineCreditValue(yen, rates, ['0'], ['0.5'])).toBe(0n);
    const value = lineCreditValue(yen, rates, ['0.5'], ['0.5']);
    expect(value).toBe(1n);
    expect(splitLineCredit(yen, rates, value, ['0.5'])).toEqual([
      { lineIndex: 0, taxRateId: 1, amountMinor: 1n },
    ]);
  });
});

describe('amount credits', () => {
  it('split over the tax rates to exactly the amount, and the credit note totals that amount', () => {
    fc.assert(
      fc.property(invoice, fc.double({ min: 0, max: 1, noNaN: true }), (content, share) => {
        const total = totalOf(content);
        const amount = BigInt(Math.floor(Number(total) * share));
        fc.pre(amount > 0n);
        const parts = splitAmountCredit(content, rates, amount);
        expect(parts.reduce((acc, part) => acc + part.amountMinor, 0n)).toBe(amount);
        expect(totalOf(creditNoteContent(content, parts))).toBe(amount);
      }),
      { numRuns: 300 },
    );
  });
});

describe('settling a credit', () => {
  it('reduces the balance first, refunds at most what was paid, keeps the rest, to the minor unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('reduce' as const, 'refund' as const, 'credit' as const),
        (total, paidShare, creditShare, outcome) => {
          const paid = BigInt(Math.floor(total * paidShare));
          const value = BigInt(Math.max(1, Math.floor(total * creditShare)));
          const balance = BigInt(total) - paid;
          const result = settle(value, { balanceMinor: balance, paidMinor: paid }, outcome);
          expect(result.reduceMinor + result.refundMinor + result.keptMinor).toBe(value);
          expect(result.reduceMinor).toBeLessThanOrEqual(balance);
          expect(result.refundMinor).toBeLessThanOrEqual(paid);
          // The invoice afterwards: paid less refunds, plus credited, never passes its total.
          const settledAfter = paid - result.refundMinor + result.reduceMinor + result.refundMinor;
          expect(settledAfter).toBeLessThanOrEqual(BigInt(total));
          if (outcome !== 'refund') expect(result.refundMinor).toBe(0n);
        },
      ),
    );
  });
});
