import { describe, expect, it } from 'vitest';
import { failure, startInvoicingApp } from './invoice-fixtures';

describe('a blank draft', () => {
  it('starts from the workspace defaults: today, net 14, the base currency and the template texts', async () => {
    const { app } = await startInvoicingApp();
    const draft = await app.call('invoices.create', {});
    expect(draft).toMatchObject({
      status: 'draft',
      number: null,
      issueDate: '2026-11-24',
      paymentTerms: 'net',
      termsDays: 14,
      dueDate: '2026-12-08',
      currency: 'EUR',
      priceMode: 'net',
      rounding: 'half-up',
      terms: expect.stringContaining('Please pay within the payment terms'),
      lines: [],
      totalMinor: 0,
    });
    expect(draft.events.map((event) => [event.kind, event.detail])).toEqual([['created', { from: 'blank' }]]);
  });

  it('computes every line and the totals with the one calculation and snapshots the rates used', async () => {
    const { app, companyId, line, vat7 } = await startInvoicingApp();
    const draft = await app.call('invoices.create', {
      companyId,
      lines: [
        line({ quantity: '2.5', unitPriceMinor: 12_000, discountPercent: '10' }),
        line({ description: 'Travel', unitPriceMinor: 4_999, taxRateId: vat7 }),
      ],
    });
    expect(draft.lines.map((one) => one.netMinor)).toEqual([27_000, 4_999]);
    expect(draft).toMatchObject({
      customerName: 'Ærøskøbing Shipping ApS',
      totalMinor: 27_000 + 5_130 + 4_999 + 350,
    });
    expect(draft.totals.taxGroups.map((group) => [group.name, group.taxMinor])).toEqual([
      ['VAT 19%', 5_130],
      ['VAT 7%', 350],
    ]);
    const stored = app.workspace.sqlite
      .prepare('SELECT net_minor, tax_minor, total_minor, tax_rates FROM invoices WHERE id = ?')
      .get(draft.id) as { net_minor: number; tax_minor: number; total_minor: number; tax_rates: string };
    expect(stored).toMatchObject({ net_minor: 31_999, tax_minor: 5_480, total_minor: 37_479 });
    expect(JSON.parse(stored.tax_rates).map((rate: { name: string }) => rate.name)).toEqual([
      'VAT 19%',
      'VAT 7%',
    ]);
  });

  it('fills in the account from the company', async () => {
    const { app, companyId } = await startInvoicingApp();
    const deal = await app.call('deals.create', { title: 'Audit', companyId });
    const won = await app.call('deals.win', { id: deal.id });
    const draft = await app.call('invoices.create', { companyId });
    expect(draft.accountId).toBe(won.accountId);
  });

  it('names the field of every reference that does not exist', async () => {
    const { app, companyId, line } = await startInvoicingApp();
    const error = await failure(app, 'invoices.create', {
      companyId,
      contactIds: [9999],
      lines: [line(), line(), line({ taxRateId: 9999 }), line({ catalogItemId: 9999 })],
    });
    expect(error).toMatchObject({
      code: 'invalid_input',
      fields: {
        'contactIds.0': 'Choose an existing contact',
        'lines.2.taxRateId': 'Choose an existing tax rate',
        'lines.3.catalogItemId': 'Choose an existing catalog item',
      },
    });
    expect((await app.call('invoices.list', {})).total).toBe(0);
  });

  it('refuses a discount larger than the line it reduces, pointing at that line', async () => {
    const { app, line } = await startInvoicingApp();
    const error = await failure(app, 'invoices.create', {
      lines: [line(), line({ unitPriceMinor: 1_000, discountMinor: 2_000 })],
    });
    expect(error).toMatchObject({
      code: 'invalid_input',
      fields: { 'lines.1.discountMinor': 'A discount cannot be larger than the amount it reduces' },
    });
  });
});

describe('a draft from a won deal', () => {
  it('carries over the company, account, contacts and lines, in the deal’s currency', async () => {
    const { app, companyId, contactId, vat7, vat19 } = await startInvoicingApp();
    const item = await app.call('catalog.create', {
      name: 'Workshop',
      unitType: 'hour',
      unitPriceMinor: 15_000,
      currency: 'CHF',
      taxRateId: vat7,
    });
    const deal = await app.call('deals.create', {
      title: 'Relaunch',
      companyId,
      contactIds: [contactId],
      currency: 'CHF',
      lineItems: [
        {
          catalogItemId: item.id,
          description: 'Workshop',
          quantity: '6',
          unit: 'hour',
          unitPriceMinor: 15_000,
          taxRateId: vat7,
        },
        { description: 'Report', quantity: '1', unitPriceMinor: 80_000 },
      ],
    });
    const won = await app.call('deals.win', { id: deal.id });
    const draft = await app.call('invoices.createFromDeal', { dealId: deal.id });
    expect(draft).toMatchObject({
      companyId,
      accountId: won.accountId,
      dealId: deal.id,
      contactIds: [contactId],
      currency: 'CHF',
      lines: [
        {
          catalogItemId: item.id,
          description: 'Workshop',
          quantity: '6',
          unit: 'hour',
          unitPriceMinor: 15_000,
          taxRateId: vat7,
        },
        {
          catalogItemId: null,
          description: 'Report',
          quantity: '1',
          unit: '',
          unitPriceMinor: 80_000,
          taxRateId: vat19,
        },
      ],
      totalMinor: 90_000 + 6_300 + 80_000 + 15_200,
    });
    expect(draft.events[0]).toMatchObject({ kind: 'created', detail: { from: 'deal', dealId: deal.id } });
  });

  it('is refused while the deal is open', async () => {
    const { app, companyId } = await startInvoicingApp();
    const deal = await app.call('deals.create', { title: 'Relaunch', companyId });
    expect(await failure(app, 'invoices.createFromDeal', { dealId: deal.id })).toEqual({
      code: 'conflict',
      message: '“Relaunch” is not won; win the deal before invoicing it',
    });
  });

  it('bills a deal without line items as one line for its value', async () => {
    const { app, companyId } = await startInvoicingApp();
    const deal = await app.call('deals.create', { title: 'Retainer', companyId, valueMinor: 250_000 });
    await app.call('deals.win', { id: deal.id });
    const draft = await app.call('invoices.createFromDeal', { dealId: deal.id });
    expect(draft.lines).toMatchObject([{ description: 'Retainer', quantity: '1', unitPriceMinor: 250_000 }]);
  });
});

it('a draft from an account addresses its company and people', async () => {
  const { app, companyId, contactId } = await startInvoicingApp();
  const deal = await app.call('deals.create', { title: 'Audit', companyId });
  const { accountId } = await app.call('deals.win', { id: deal.id });
  const draft = await app.call('invoices.createFromAccount', { accountId: accountId as number });
  expect(draft).toMatchObject({
    companyId,
    accountId,
    contactIds: [contactId],
    customerName: 'Ærøskøbing Shipping ApS',
  });
});

describe('changing a draft', () => {
  it('recomputes the totals and the due date on every save and logs what changed', async () => {
    const { app, draft, line } = await startInvoicingApp();
    const id = await draft(100_000);
    const changed = await app.call('invoices.update', {
      id,
      changes: { lines: [line({ unitPriceMinor: 50_000 })], paymentTerms: 'end_of_month' },
    });
    expect(changed).toMatchObject({ totalMinor: 59_500, dueDate: '2026-11-30' });
    const onReceipt = await app.call('invoices.update', { id, changes: { paymentTerms: 'on_receipt' } });
    expect(onReceipt.dueDate).toBe('2026-11-24');
    expect(onReceipt.events.at(-1)).toMatchObject({ kind: 'updated', detail: { fields: ['paymentTerms'] } });
  });

  it('follows a new customer with its own account', async () => {
    const { app, draft } = await startInvoicingApp();
    const other = await app.call('companies.create', { name: 'Þórsson ehf' });
    const deal = await app.call('deals.create', { title: 'Audit', companyId: other.id });
    const { accountId } = await app.call('deals.win', { id: deal.id });
    const changed = await app.call('invoices.update', {
      id: await draft(),
      changes: { companyId: other.id },
    });
    expect(changed).toMatchObject({ companyId: other.id, accountId, customerName: 'Þórsson ehf' });
  });

  it('is refused once issued, and an issued invoice cannot be deleted', async () => {
    const { app, issued } = await startInvoicingApp();
    const id = await issued();
    expect(await failure(app, 'invoices.update', { id, changes: { notes: 'Oops' } })).toEqual({
      code: 'conflict',
      message: 'INV-2026-0001 is issued and can no longer be changed; correct it with a credit note',
    });
    expect(await failure(app, 'invoices.delete', { id })).toMatchObject({ code: 'conflict' });
    expect((await app.call('invoices.get', { id })).status).toBe('issued');
  });

  it('deletes a draft with its lines and log', async () => {
    const { app, draft } = await startInvoicingApp();
    const id = await draft();
    expect(await app.call('invoices.delete', { id })).toEqual({ id });
    expect(await failure(app, 'invoices.get', { id })).toMatchObject({ code: 'not_found' });
    const left = app.workspace.sqlite
      .prepare('SELECT (SELECT count(*) FROM invoice_lines) + (SELECT count(*) FROM invoice_events)')
      .pluck()
      .get();
    expect(left).toBe(0);
  });
});
