import { describe, expect, it } from 'vitest';
import { invoiceTotals, type PricedContent } from '../../shared/invoice-totals';
import { mathRatesOf, type NamedTaxRate } from '../../shared/tax-rates';
import { startTestApp, type TestApp } from '../test-support';
import { defaultTaxRateId, loadTaxRates } from './tax-rates.queries';

const canadian = (app: TestApp, compound: boolean) =>
  app.call('taxRates.create', {
    name: compound ? 'GST 5% + QST 9.975% (compound)' : 'GST 5% + QST 9.975%',
    components: [
      { name: 'GST', rate: '5' },
      { name: 'QST', rate: '9.975', compound },
    ],
  });

const oneLine = (taxRateId: number, unitPriceMinor: number): PricedContent => ({
  currency: 'CAD',
  rounding: 'half-up',
  priceMode: 'net',
  discountPercent: null,
  discountMinor: null,
  lines: [{ quantity: '1', unitPriceMinor, discountPercent: null, discountMinor: null, taxRateId }],
});

const refusal = async (app: TestApp, channel: string, input: unknown) => {
  const result = await app.send(channel, input);
  if (result.ok) throw new Error(`${channel} was accepted`);
  return result.error;
};

describe('tax rates', () => {
  it('start with VAT 19% as the default, then the others by name, legal notes included', async () => {
    const app = await startTestApp();
    const rates = await app.call('taxRates.list', { archived: 'active' });
    expect(rates.map((rate) => [rate.name, rate.kind, rate.isDefault])).toEqual([
      ['VAT 19%', 'standard', true],
      ['Exempt', 'exempt', false],
      ['Reverse charge', 'reverse_charge', false],
      ['VAT 7%', 'standard', false],
    ]);
    expect(rates[2]?.note).toMatch(/Art\. 196 Directive 2006\/112\/EC/);
    expect(rates[0]?.components).toEqual([{ name: 'VAT', rate: '19' }]);
    expect(await defaultTaxRateId(app.workspace.db)).toBe(rates[0]?.id);
  });

  it('stack GST and QST on the net: 100.00 CAD pays 5.00 GST and 9.98 QST', async () => {
    const app = await startTestApp();
    const stacked = await canadian(app, false);
    const rates = await loadTaxRates(app.workspace.db, [stacked.id]);
    const totals = invoiceTotals(oneLine(stacked.id, 10_000), rates);
    expect(totals.taxGroups.map((group) => [group.name, group.taxableMinor, group.taxMinor])).toEqual([
      ['GST 5%', 10_000, 500],
      ['QST 9.975%', 10_000, 998],
    ]);
    expect(totals.totalMinor).toBe(11_498);
  });

  it('compound QST taxes the GST too: 100.00 CAD pays 10.47 QST on 105.00', async () => {
    const app = await startTestApp();
    const compound = await canadian(app, true);
    const totals = invoiceTotals(
      oneLine(compound.id, 10_000),
      await loadTaxRates(app.workspace.db, [compound.id]),
    );
    expect(totals.taxGroups.map((group) => [group.name, group.taxableMinor, group.taxMinor])).toEqual([
      ['GST 5%', 10_000, 500],
      ['QST 9.975%', 10_500, 1_047],
    ]);
    expect(totals.totalMinor).toBe(11_547);
  });

  it('become the calculation’s rates: one per part, named by the rate or by the part, notes where the law wants them', async () => {
    const app = await startTestApp();
    const stacked = await canadian(app, false);
    const [vat, reverse] = await loadTaxRates(app.workspace.db, [1, 3]);
    const [gstQst] = await loadTaxRates(app.workspace.db, [stacked.id]);
    expect(mathRatesOf(vat as NamedTaxRate)).toEqual([
      { id: '1.0', name: 'VAT 19%', rate: '19', kind: 'standard' },
    ]);
    expect(mathRatesOf(gstQst as NamedTaxRate)).toEqual([
      { id: `${stacked.id}.0`, name: 'GST 5%', rate: '5', kind: 'standard' },
      { id: `${stacked.id}.1`, name: 'QST 9.975%', rate: '9.975', kind: 'standard' },
    ]);
    expect(mathRatesOf(reverse as NamedTaxRate)).toEqual([
      {
        id: '3.0',
        name: 'Reverse charge',
        rate: '0',
        kind: 'reverse_charge',
        note: expect.stringContaining('accounted for by the recipient'),
      },
    ]);
  });

  it('refuse parts and notes that make no sense, beside the field at fault', async () => {
    const app = await startTestApp();
    const part = { name: 'VAT', rate: '10' };
    expect(
      await refusal(app, 'taxRates.create', {
        name: 'Exempt (no note)',
        kind: 'exempt',
        components: [{ name: 'VAT', rate: '0' }],
      }),
    ).toMatchObject({
      code: 'invalid_input',
      fields: { note: expect.stringMatching(/legal note/) },
    });
    expect(
      await refusal(app, 'taxRates.create', { name: 'Five', components: [part, part, part, part, part] }),
    ).toMatchObject({
      fields: { components: 'Use at most 4 parts' },
    });
    expect(await refusal(app, 'taxRates.create', { name: 'None', components: [] })).toMatchObject({
      fields: { components: 'Add at least one rate' },
    });
    expect(
      await refusal(app, 'taxRates.create', {
        name: 'First compound',
        components: [{ ...part, compound: true }],
      }),
    ).toMatchObject({
      fields: { 'components.0.compound': expect.stringMatching(/nothing|no tax before/) },
    });
    expect(
      await refusal(app, 'taxRates.create', {
        name: 'Odd',
        kind: 'reverse_charge',
        note: 'Art. 196',
        components: [{ name: 'VAT', rate: '19' }],
      }),
    ).toMatchObject({ fields: { components: expect.stringMatching(/0%/) } });
    expect(
      await refusal(app, 'taxRates.create', { name: 'Bad', components: [{ name: 'VAT', rate: 'ten' }] }),
    ).toMatchObject({
      fields: { 'components.0.rate': 'Use a percentage such as 19 or 9.975' },
    });
    expect(await refusal(app, 'taxRates.create', { name: 'vat 19%', components: [part] })).toMatchObject({
      fields: { name: 'Another tax rate has this name' },
    });
    expect(await app.call('taxRates.list', { archived: 'all' })).toHaveLength(4);
  });

  it('change only what an update names, and check the result as a whole', async () => {
    const app = await startTestApp();
    const renamed = await app.call('taxRates.update', {
      id: 3,
      changes: { name: 'Reverse charge (EU B2B)' },
    });
    expect(renamed).toMatchObject({ kind: 'reverse_charge', note: expect.stringContaining('Art. 196') });
    expect(await refusal(app, 'taxRates.update', { id: 3, changes: { note: '' } })).toMatchObject({
      code: 'invalid_input',
      fields: { 'changes.note': expect.stringMatching(/legal note/) },
    });
    const [reduced] = (await app.call('taxRates.list', { archived: 'active' })).filter(
      (rate) => rate.name === 'VAT 7%',
    );
    const raised = await app.call('taxRates.update', {
      id: reduced?.id ?? 0,
      changes: { name: 'VAT 7.5%', components: [{ name: 'VAT', rate: '7.5' }] },
    });
    expect(raised).toMatchObject({
      name: 'VAT 7.5%',
      components: [{ name: 'VAT', rate: '7.5' }],
      kind: 'standard',
    });
    expect(await refusal(app, 'taxRates.update', { id: 99, changes: { name: 'X' } })).toMatchObject({
      code: 'not_found',
      message: 'Tax rate 99 does not exist',
    });
  });

  it('keep exactly one default, and never archive it', async () => {
    const app = await startTestApp();
    const reduced = (await app.call('taxRates.list', { archived: 'active' })).find(
      (rate) => rate.name === 'VAT 7%',
    );
    const id = reduced?.id ?? 0;
    expect(await refusal(app, 'taxRates.archive', { id: 1, archived: true })).toEqual({
      code: 'conflict',
      message: '“VAT 19%” is the default tax rate; make another rate the default before archiving it',
    });

    await app.call('taxRates.setDefault', { id });
    const rates = await app.call('taxRates.list', { archived: 'all' });
    expect(rates.filter((rate) => rate.isDefault).map((rate) => rate.name)).toEqual(['VAT 7%']);
    expect(rates[0]?.name).toBe('VAT 7%');
    expect(await defaultTaxRateId(app.workspace.db)).toBe(id);

    const archived = await app.call('taxRates.archive', { id: 1, archived: true });
    expect(archived).toMatchObject({ archived: true, isDefault: false });
    expect((await app.call('taxRates.list', { archived: 'active' })).map((rate) => rate.name)).not.toContain(
      'VAT 19%',
    );
    expect((await app.call('taxRates.list', { archived: 'archived' })).map((rate) => rate.name)).toEqual([
      'VAT 19%',
    ]);
    expect(await refusal(app, 'taxRates.setDefault', { id: 1 })).toMatchObject({ code: 'conflict' });
    expect(await app.call('taxRates.archive', { id: 1, archived: false })).toMatchObject({ archived: false });
  });

  it('load for invoices: all active ones, or the ones asked for even when archived, and nothing missing', async () => {
    const app = await startTestApp();
    const { db } = app.workspace;
    await app.call('taxRates.archive', { id: 2, archived: true });
    expect((await loadTaxRates(db)).map((rate) => rate.name)).toEqual([
      'VAT 19%',
      'Exempt',
      'Reverse charge',
    ]);
    expect((await loadTaxRates(db, [2, 1, 2])).map((rate) => rate.name)).toEqual(['VAT 7%', 'VAT 19%']);
    await expect(loadTaxRates(db, [1, 77])).rejects.toMatchObject({
      code: 'not_found',
      message: 'Tax rate 77 does not exist',
    });
  });
});
