import { describe, expect, it } from 'vitest';
import { startTestApp } from '../test-support';

describe('a deal’s line items', () => {
  it('keep what was picked from the catalog, edited for this deal, and survive the item being archived', async () => {
    const app = await startTestApp();
    const workshop = await app.call('catalog.create', {
      name: 'Strategy workshop',
      description: 'Facilitated, on site',
      unitType: 'hour',
      unitPriceMinor: 15_000,
      currency: 'EUR',
      taxRateId: 1,
    });
    const deal = await app.call('deals.create', {
      title: 'Brand strategy',
      currency: 'EUR',
      lineItems: [
        {
          catalogItemId: workshop.id,
          description: 'Strategy workshop, two facilitators',
          quantity: '6',
          unit: 'hour',
          unitPriceMinor: 18_000,
          taxRateId: 2,
        },
        { description: 'Travel', quantity: '1', unitPriceMinor: 30_000 },
      ],
    });
    expect(deal.lineItems).toEqual([
      {
        id: expect.any(Number),
        catalogItemId: workshop.id,
        description: 'Strategy workshop, two facilitators',
        quantity: '6',
        unit: 'hour',
        unitPriceMinor: 18_000,
        taxRateId: 2,
      },
      {
        id: expect.any(Number),
        catalogItemId: null,
        description: 'Travel',
        quantity: '1',
        unit: '',
        unitPriceMinor: 30_000,
        taxRateId: null,
      },
    ]);

    // The catalog changing later leaves the deal's copy alone, and the deal can still be saved as it is.
    await app.call('catalog.update', { id: workshop.id, changes: { unitPriceMinor: 20_000 } });
    await app.call('catalog.archive', { id: workshop.id, archived: true });
    const kept = deal.lineItems.map(({ id, ...line }) => line);
    const saved = await app.call('deals.update', { id: deal.id, changes: { lineItems: kept } });
    expect(saved.lineItems.map(({ id, ...line }) => line)).toEqual(kept);
    expect((await app.call('deals.get', { id: deal.id })).lineItems[0]).toMatchObject({
      unitPriceMinor: 18_000,
    });
  });

  it('refuse a catalog item or tax rate that does not exist, beside the line at fault, and keep the old lines', async () => {
    const app = await startTestApp();
    const line = { description: 'Audit', quantity: '1', unitPriceMinor: 100_000 };
    expect(
      await app.send('deals.create', { title: 'Audit', lineItems: [{ ...line, catalogItemId: 404 }] }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: { 'lineItems.0.catalogItemId': 'Choose an existing catalog item' },
      },
    });
    const deal = await app.call('deals.create', { title: 'Audit', lineItems: [line] });
    expect(
      await app.send('deals.update', {
        id: deal.id,
        changes: { lineItems: [line, { ...line, taxRateId: 77 }] },
      }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: { 'changes.lineItems.1.taxRateId': 'Choose an existing tax rate' },
      },
    });
    expect((await app.call('deals.get', { id: deal.id })).lineItems).toHaveLength(1);
  });
});
