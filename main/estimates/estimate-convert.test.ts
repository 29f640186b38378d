import { describe, expect, it } from 'vitest';
import { invoiceTotals } from '../../shared/invoice-totals';
import { failure } from '../invoices/invoice-fixtures';
import { startEstimatingApp } from './estimate-fixtures';

const strip = <Line extends { id: number }>(lines: Line[]) => lines.map(({ id: _id, ...line }) => line);

describe('converting an estimate', () => {
  it('makes a draft invoice with every line, price, discount and tax, and links it', async () => {
    const { app, companyId, contactId, sent } = await startEstimatingApp();
    const deal = await app.call('deals.create', { title: 'Rebrand', companyId, contactIds: [contactId] });
    const id = await sent({ dealId: deal.id, rounding: 'half-even', priceMode: 'gross' });
    await app.call('estimates.approve', { id, by: 'Mette Jensen' });
    const { estimate, invoiceId } = await app.call('estimates.convert', { id });
    const invoice = await app.call('invoices.get', { id: invoiceId });

    expect(estimate.invoiceId).toBe(invoiceId);
    expect(estimate.events.at(-1)).toMatchObject({ kind: 'converted', detail: { invoiceId } });
    expect(invoice).toMatchObject({
      status: 'draft',
      companyId,
      contactIds: [contactId],
      dealId: deal.id,
      accountId: estimate.accountId,
      currency: estimate.currency,
      rounding: 'half-even',
      priceMode: 'gross',
      discountPercent: estimate.discountPercent,
      discountMinor: 1_001,
    });
    expect(strip(invoice.lines)).toEqual(strip(estimate.lines));
    expect(invoiceTotals(invoice, invoice.taxRates)).toEqual(invoiceTotals(estimate, estimate.taxRates));
    expect(invoice.totals).toEqual(estimate.totals);
    expect(invoice.terms).toContain('Please pay within the payment terms');
    expect(invoice.events[0]).toMatchObject({
      kind: 'created',
      detail: { from: 'estimate', estimateId: id, number: 'EST-2026-0001' },
    });
  });

  it('happens once: a second conversion is refused and makes no invoice', async () => {
    const { app, sent } = await startEstimatingApp();
    const id = await sent();
    await app.call('estimates.approve', { id });
    await app.call('estimates.convert', { id });
    expect(await failure(app, 'estimates.convert', { id })).toMatchObject({
      code: 'conflict',
      message: 'EST-2026-0001 is already converted to an invoice',
    });
    expect((await app.call('invoices.list', {})).total).toBe(1);
  });

  it('waits for the client’s approval', async () => {
    const { app, sent } = await startEstimatingApp();
    const id = await sent();
    expect(await failure(app, 'estimates.convert', { id })).toMatchObject({
      code: 'conflict',
      message: 'EST-2026-0001 is not approved; record the client’s approval before converting',
    });
  });

  it('can convert again once the invoice draft it made is deleted', async () => {
    const { app, sent } = await startEstimatingApp();
    const id = await sent();
    await app.call('estimates.approve', { id });
    const { invoiceId } = await app.call('estimates.convert', { id });
    await app.call('invoices.delete', { id: invoiceId });
    expect((await app.call('estimates.get', { id })).invoiceId).toBeNull();
    const again = await app.call('estimates.convert', { id });
    expect(again.estimate.invoiceId).toBe(again.invoiceId);
    expect((await app.call('invoices.list', {})).total).toBe(1);
  });

  it('prints as an estimate with its validity date', async () => {
    const { app, sent } = await startEstimatingApp();
    const id = await sent({ validUntil: '2026-12-15' });
    const doc = await app.call('estimates.document', { id });
    expect(doc).toMatchObject({ kind: 'estimate', number: 'EST-2026-0001', dueDate: '2026-12-15' });
    const pdf = await app.call('estimates.exportPdf', { id });
    expect(pdf.fileName).toBe('EST-2026-0001 Ærøskøbing Shipping ApS.pdf');
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });
});
