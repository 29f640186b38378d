import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, ratio } from './exact';
import { computeInvoice, type InvoiceInput } from './invoice-math';
import { roundHalfUp } from './money';

type Line = InvoiceInput['lines'][number];
type Rate = InvoiceInput['taxRates'][number];

const gst: Rate = { id: 'gst', name: 'GST', rate: '5' };
const qst: Rate = { id: 'qst', name: 'QST', rate: '9.975' };
const vat19: Rate = { id: 'vat19', name: 'VAT 19%', rate: '19' };
const vat7: Rate = { id: 'vat7', name: 'VAT 7%', rate: '7' };
const line = (quantity: string, unitPriceMinor: number, taxRateIds: string[], rest: Partial<Line> = {}) => ({
  quantity,
  unitPriceMinor,
  taxRateIds,
  ...rest,
});
const sum = (values: number[]) => values.reduce((acc, value) => acc + value, 0);

/** The reference for BR-CO-17, computed independently: base × rate digits, rounded half-up once. */
const taxOn = (base: number, rate: string) => {
  const [whole = '0', fraction = ''] = rate.split('.');
  return Number(
    roundHalfUp(ratio(BigInt(base) * BigInt(`${whole}${fraction}`), 10n ** BigInt(fraction.length + 2))),
  );
};

describe('known figures', () => {
  it('charges GST 5% and QST 9.975% on 100.00 CAD as 5.00 and 9.98', () => {
    const result = computeInvoice({
      currency: 'CAD',
      lines: [line('1', 10000, ['gst', 'qst'])],
      taxRates: [gst, qst],
    });
    expect(result.taxGroups.map((group) => [group.rateId, group.taxableMinor, group.taxMinor])).toEqual([
      ['gst', 10000, 500],
      ['qst', 10000, 998],
    ]);
    expect([result.netMinor, result.taxMinor, result.totalMinor]).toEqual([10000, 1498, 11498]);
  });

  it('applies a compound rate on the net plus the taxes before it', () => {
    const result = computeInvoice({
      currency: 'CAD',
      lines: [line('1', 10000, ['qst', 'gst'])],
      taxRates: [gst, { ...qst, compound: true }],
    });
    // 105.00 × 9.975% = 10.47375
    expect(result.taxGroups.map((group) => [group.taxableMinor, group.taxMinor])).toEqual([
      [10000, 500],
      [10500, 1047],
    ]);
  });

  it('totals a 19% VAT invoice, rounding each line once and the tax once', () => {
    const result = computeInvoice({
      currency: 'EUR',
      lines: [line('3', 1250, ['vat19']), line('1.5', 999, ['vat19'])],
      taxRates: [vat19],
    });
    expect(result.lines).toEqual([{ netMinor: 3750 }, { netMinor: 1499 }]);
    expect([result.netMinor, result.taxMinor, result.totalMinor]).toEqual([5249, 997, 6246]);
  });

  it('rounds a half differently in half-up and half-even', () => {
    const input = { currency: 'EUR', lines: [line('0.5', 5, ['vat19'])], taxRates: [vat19] };
    expect(computeInvoice(input).netMinor).toBe(3);
    expect(computeInvoice({ ...input, rounding: 'half-even' }).netMinor).toBe(2);
  });

  it('rounds tax per rate on the sum (BR-CO-17), which differs from summing rounded line taxes', () => {
    const lines = [line('1', 250, ['vat7']), line('1', 250, ['vat7']), line('1', 250, ['vat7'])];
    const result = computeInvoice({ currency: 'EUR', lines, taxRates: [vat7] });
    expect(result.taxMinor).toBe(53); // 7.50 × 7% = 0.525
    expect(sum(result.lines.map((each) => taxOn(each.netMinor, '7')))).toBe(54); // 3 × round(0.175)
  });

  it('spreads an invoice discount over the rate groups pro rata, by largest remainder', () => {
    const result = computeInvoice({
      currency: 'EUR',
      lines: [line('1', 10000, ['vat19']), line('1', 5000, ['vat7'])],
      discount: { amountMinor: 1000 },
      taxRates: [vat19, vat7],
    });
    expect(result.taxGroups.map((group) => [group.taxableMinor, group.taxMinor])).toEqual([
      [9333, 1773],
      [4667, 327],
    ]);
    expect([result.discountMinor, result.netMinor, result.totalMinor]).toEqual([1000, 14000, 16100]);
  });

  it('derives the net from tax-inclusive prices so that net + tax is the entered gross', () => {
    const result = computeInvoice({
      currency: 'EUR',
      priceMode: 'gross',
      lines: [line('1', 11900, ['vat19']), line('1', 1000, ['vat19'])],
      taxRates: [vat19],
    });
    expect([result.netMinor, result.taxMinor, result.totalMinor]).toEqual([10840, 2060, 12900]);
  });

  it('charges nothing on exempt and reverse-charge rates and keeps the legal note', () => {
    const note = 'Reverse charge: VAT to be accounted for by the recipient (Art. 196 Directive 2006/112/EC)';
    const result = computeInvoice({
      currency: 'EUR',
      lines: [line('2', 5000, ['rc'])],
      taxRates: [{ id: 'rc', name: 'Reverse charge', rate: '19', kind: 'reverse_charge', note }],
    });
    expect(result.taxGroups).toEqual([
      {
        rateId: 'rc',
        name: 'Reverse charge',
        rate: '19',
        kind: 'reverse_charge',
        taxableMinor: 10000,
        taxMinor: 0,
        note,
      },
    ]);
    expect(result.totalMinor).toBe(10000);
  });

  it('refuses unknown rates, lines without a rate and discounts larger than their amount', () => {
    expect(() => computeInvoice({ currency: 'EUR', lines: [line('1', 1, ['x'])], taxRates: [] })).toThrow();
    expect(() => computeInvoice({ currency: 'EUR', lines: [line('1', 1, [])], taxRates: [vat7] })).toThrow();
    const tooMuch = line('1', 100, ['vat7'], { discount: { amountMinor: 101 } });
    expect(() => computeInvoice({ currency: 'EUR', lines: [tooMuch], taxRates: [vat7] })).toThrow();
  });
});

const decimal = (units: number, scale: number) => {
  const digits = Math.abs(units)
    .toString()
    .padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return units < 0 ? `-${text}` : text;
};
const currency = fc.constantFrom('JPY', 'EUR', 'BHD', 'CAD');
const rateText = fc
  .tuple(fc.integer({ min: 0, max: 30 }), fc.constantFrom(0, 1, 2, 3), fc.nat())
  .map(([whole, scale, fraction]) =>
    scale === 0 ? `${whole}` : `${whole}.${String(fraction % 10 ** scale).padStart(scale, '0')}`,
  );
const rates = fc
  .array(
    fc.record({
      rate: rateText,
      kind: fc.constantFrom('standard', 'standard', 'exempt', 'reverse_charge') as fc.Arbitrary<Rate['kind']>,
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((list) => list.map((rate, index): Rate => ({ id: `r${index}`, name: `Rate ${index}`, ...rate })));
const discount = (max: number) =>
  fc.oneof(
    fc.record({ percent: fc.integer({ min: 0, max: 10_000 }).map((units) => decimal(units, 2)) }),
    fc.record({ amountMinor: fc.integer({ min: 0, max: max }) }),
  );
/** Lines of one sign, one rate each; the discount on each line stays within it. */
const lines = (count: number, sign: 1 | -1) =>
  fc.array(
    fc
      .record({
        quantity: fc.integer({ min: 1, max: 200_000 }).map((units) => decimal(units, 4)),
        unitPriceMinor: fc.integer({ min: 0, max: 5_000_000 }).map((price) => price * sign),
        rateIndex: fc.nat(),
        discountPercent: fc.option(fc.integer({ min: 0, max: 10_000 }).map((units) => decimal(units, 2))),
      })
      .map(({ quantity, unitPriceMinor, rateIndex, discountPercent }) => ({
        quantity,
        unitPriceMinor,
        taxRateIds: [`r${rateIndex % count}`],
        ...(discountPercent === null ? {} : { discount: { percent: discountPercent } }),
      })),
    { minLength: 1, maxLength: 12 },
  );
const invoice = (sign: 1 | -1 = 1, priceMode: 'net' | 'gross' = 'net') =>
  rates.chain((taxRates) =>
    fc.record({
      currency,
      rounding: fc.constantFrom('half-up', 'half-even') as fc.Arbitrary<'half-up' | 'half-even'>,
      priceMode: fc.constant(priceMode),
      taxRates: fc.constant(taxRates),
      lines: lines(taxRates.length, sign),
      discount: fc.option(
        fc.oneof(discount(0), fc.record({ percent: fc.constantFrom('0', '2.5', '10', '100') })),
      ),
    }),
  );
const withoutNull = <T extends { discount: unknown }>(input: T): InvoiceInput =>
  (input.discount === null ? { ...input, discount: undefined } : input) as unknown as InvoiceInput;

describe('properties', () => {
  it('totals equal the sums of their parts', () => {
    fc.assert(
      fc.property(fc.oneof(invoice(1), invoice(-1), invoice(1, 'gross')), (input) => {
        const result = computeInvoice(withoutNull(input));
        expect(result.netMinor).toBe(sum(result.taxGroups.map((group) => group.taxableMinor)));
        expect(result.taxMinor).toBe(sum(result.taxGroups.map((group) => group.taxMinor)));
        expect(result.totalMinor).toBe(result.netMinor + result.taxMinor);
      }),
    );
  });

  it('takes each rate’s tax once on the sum of its line nets (BR-CO-17), exactly in every exponent', () => {
    fc.assert(
      fc.property(invoice(1), (input) => {
        const result = computeInvoice({ ...input, discount: undefined });
        for (const group of result.taxGroups) {
          const nets = result.lines.filter((_, index) => input.lines[index]?.taxRateIds[0] === group.rateId);
          expect(group.taxableMinor).toBe(sum(nets.map((each) => each.netMinor)));
          const charged = group.kind === 'standard' ? taxOn(group.taxableMinor, group.rate) : 0;
          if (input.rounding === 'half-up') expect(group.taxMinor).toBe(charged);
          else expect(Math.abs(group.taxMinor - charged)).toBeLessThanOrEqual(1);
        }
        const amounts = [
          result.netMinor,
          result.taxMinor,
          result.totalMinor,
          ...result.lines.map((each) => each.netMinor),
        ];
        for (const amount of amounts) expect(Number.isSafeInteger(amount)).toBe(true);
      }),
    );
  });

  it('finds invoices where summing per-line rounded taxes would differ from BR-CO-17', () => {
    const perLineAgrees = fc.property(invoice(1), (input) => {
      const result = computeInvoice({ ...input, discount: undefined, rounding: 'half-up' });
      const perLine = result.lines.map((each, index) => {
        const rate = input.taxRates.find((candidate) => candidate.id === input.lines[index]?.taxRateIds[0]);
        return rate?.kind === 'standard' ? taxOn(each.netMinor, rate.rate) : 0;
      });
      return sum(perLine) === result.taxMinor;
    });
    expect(fc.check(perLineAgrees).failed).toBe(true);
  });

  it('never gives a total the wrong sign', () => {
    fc.assert(
      fc.property(
        fc.oneof(invoice(1), invoice(1, 'gross')),
        fc.oneof(invoice(-1), invoice(-1, 'gross')),
        (debit, credit) => {
          const positive = computeInvoice(withoutNull(debit));
          expect(Math.min(positive.netMinor, positive.taxMinor, positive.totalMinor)).toBeGreaterThanOrEqual(
            0,
          );
          const negative = computeInvoice(withoutNull(credit));
          expect(Math.max(negative.netMinor, negative.taxMinor, negative.totalMinor)).toBeLessThanOrEqual(0);
        },
      ),
    );
  });

  it('spreads the invoice discount into parts that sum to it exactly', () => {
    fc.assert(
      fc.property(invoice(1), fc.nat(), (input, seed) => {
        const before = computeInvoice({ ...input, discount: undefined });
        const amountMinor = before.netMinor === 0 ? 0 : seed % (before.netMinor + 1);
        const after = computeInvoice({ ...input, discount: { amountMinor } });
        expect(after.discountMinor).toBe(amountMinor);
        expect(after.netMinor).toBe(before.netMinor - amountMinor);
      }),
    );
    fc.assert(
      fc.property(
        fc.bigInt(-(10n ** 12n), 10n ** 12n),
        fc.array(fc.bigInt(1n, 10n ** 9n), { minLength: 1 }),
        (total, weights) => {
          const parts = allocate(total, weights);
          const weight = weights.reduce((acc, each) => acc + each, 0n);
          expect(parts.reduce((acc, each) => acc + each, 0n)).toBe(total);
          parts.forEach((part, index) => {
            const distance = part * weight - total * (weights[index] ?? 0n);
            expect(distance < 0n ? -distance : distance).toBeLessThan(weight);
          });
        },
      ),
    );
  });

  it('keeps net + tax equal to the entered gross sum in gross mode', () => {
    fc.assert(
      fc.property(fc.oneof(invoice(1, 'gross'), invoice(-1, 'gross')), (input) => {
        const result = computeInvoice(withoutNull(input));
        const gross = sum(result.lines.map((each) => each.grossMinor ?? Number.NaN));
        expect(result.netMinor + result.taxMinor).toBe(gross - result.discountMinor);
        expect(result.totalMinor).toBe(gross - result.discountMinor);
      }),
    );
  });

  it('keeps the sums exact when lines carry several rates, some compound', () => {
    const several = fc.constantFrom<'net' | 'gross'>('net', 'gross').chain((priceMode) =>
      invoice(1, priceMode).chain((input) =>
        fc
          .record({
            compound: fc.array(fc.boolean(), {
              minLength: input.taxRates.length,
              maxLength: input.taxRates.length,
            }),
            picks: fc.array(
              fc.subarray(
                input.taxRates.map((rate) => rate.id),
                { minLength: 1 },
              ),
              {
                minLength: input.lines.length,
                maxLength: input.lines.length,
              },
            ),
          })
          .map(({ compound, picks }) => ({
            ...input,
            taxRates: input.taxRates.map((rate, index) => ({ ...rate, compound: compound[index] })),
            lines: input.lines.map((each, index) => ({
              ...each,
              taxRateIds: picks[index] ?? each.taxRateIds,
            })),
          })),
      ),
    );
    fc.assert(
      fc.property(several, (input) => {
        const result = computeInvoice(withoutNull(input));
        expect(result.taxMinor).toBe(sum(result.taxGroups.map((group) => group.taxMinor)));
        expect(result.totalMinor).toBe(result.netMinor + result.taxMinor);
        expect(Math.min(result.netMinor, result.taxMinor)).toBeGreaterThanOrEqual(0);
        if (input.priceMode === 'gross') {
          const gross = sum(result.lines.map((each) => each.grossMinor ?? Number.NaN));
          expect(result.totalMinor).toBe(gross - result.discountMinor);
        } else {
          expect(result.netMinor).toBe(sum(result.lines.map((each) => each.netMinor)) - result.discountMinor);
        }
      }),
    );
  });

  it('gives byte-identical output for the same input', () => {
    fc.assert(
      fc.property(fc.oneof(invoice(1), invoice(-1, 'gross')), (input) => {
        const first = JSON.stringify(computeInvoice(withoutNull(input)));
        expect(JSON.stringify(computeInvoice(withoutNull(structuredClone(input))))).toBe(first);
      }),
    );
  });
});
