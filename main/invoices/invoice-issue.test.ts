import { describe, expect, it } from 'vitest';
import { failure, startInvoicingApp } from './invoice-fixtures';

describe('issuing', () => {
  it('numbers the draft from its series and freezes the parties as they are now', async () => {
    const { app, draft } = await startInvoicingApp();
    const issued = await app.call('invoices.issue', { id: await draft(100_000) });
    expect(issued).toMatchObject({
      status: 'issued',
      number: 'INV-2026-0001',
      issuedAt: '2026-11-24T09:00:00.000Z',
      totalMinor: 119_000,
      balanceMinor: 119_000,
    });
    expect(issued.events.at(-1)).toMatchObject({
      kind: 'issued',
      detail: { number: 'INV-2026-0001', totalMinor: 119_000, currency: 'EUR' },
    });
    const stored = app.workspace.sqlite
      .prepare('SELECT sequence_period, sequence_value, seller, buyer FROM invoices WHERE id = ?')
      .get(issued.id) as { sequence_period: string; sequence_value: number; seller: string; buyer: string };
    expect(stored).toMatchObject({ sequence_period: '2026', sequence_value: 1 });
    expect(JSON.parse(stored.seller)).toMatchObject({
      name: 'Zoë Łukasz-Müller Consulting',
      taxId: 'DE123456789',
    });
    expect(JSON.parse(stored.buyer)).toMatchObject({
      name: 'Ærøskøbing Shipping ApS',
      taxId: 'DK12345678',
      address: { city: 'Ærøskøbing' },
      attention: ['Đặng Văn'],
    });
    expect((await app.call('invoices.issue', { id: await draft() })).number).toBe('INV-2026-0002');
  });

  it('prints what was issued even after the customer, the seller and the rate change', async () => {
    const { app, issued, companyId, vat19 } = await startInvoicingApp();
    const id = await issued(100_000);
    await app.call('companies.update', { id: companyId, changes: { name: 'Renamed A/S' } });
    await app.call('profile.update', { legalName: 'Someone Else Ltd' });
    await app.call('taxRates.update', { id: vat19, changes: { components: [{ name: 'VAT', rate: '20' }] } });
    const doc = await app.call('invoices.document', { id });
    expect(doc).toMatchObject({
      seller: { name: 'Zoë Łukasz-Müller Consulting' },
      buyer: { name: 'Ærøskøbing Shipping ApS' },
    });
    expect(doc.totals.totalMinor).toBe(119_000);
    expect((await app.call('invoices.get', { id })).customerName).toBe('Ærøskøbing Shipping ApS');
  });

  it('takes the tax rates as they are when issuing, not as they were when the draft was saved', async () => {
    const { app, draft, vat19 } = await startInvoicingApp();
    const id = await draft(100_000);
    await app.call('taxRates.update', { id: vat19, changes: { components: [{ name: 'VAT', rate: '20' }] } });
    expect((await app.call('invoices.issue', { id })).totalMinor).toBe(120_000);
  });

  it('names everything missing before a draft can be issued', async () => {
    const { app } = await startInvoicingApp();
    await app.call('profile.update', { legalName: '' });
    const { id } = await app.call('invoices.create', {});
    expect(await failure(app, 'invoices.issue', { id })).toEqual({
      code: 'conflict',
      message:
        'Before issuing: Choose the customer; Add at least one line; Enter your legal name in Settings → Profile.',
      fields: {
        companyId: 'Choose the customer',
        lines: 'Add at least one line',
        'seller.legalName': 'Enter your legal name in Settings → Profile',
      },
    });
    expect((await app.call('invoices.get', { id })).status).toBe('draft');
  });

  it('refuses to issue twice and leaves no gap behind a refusal', async () => {
    const { app, issued, draft, line } = await startInvoicingApp();
    const id = await issued();
    expect(await failure(app, 'invoices.issue', { id })).toEqual({
      code: 'conflict',
      message: 'INV-2026-0001 is already issued',
    });
    const negative = await app.call('invoices.create', {
      companyId: (await app.call('invoices.get', { id })).companyId,
      lines: [line({ quantity: '-1' })],
    });
    expect(await failure(app, 'invoices.issue', { id: negative.id })).toMatchObject({ code: 'conflict' });
    expect((await app.call('invoices.issue', { id: await draft() })).number).toBe('INV-2026-0002');
  });

  it('refuses plainly, and writes nothing, when the next number is somehow already taken', async () => {
    const { app, draft } = await startInvoicingApp();
    await app.call('invoices.issue', { id: await draft() });
    app.workspace.sqlite.prepare('UPDATE number_counters SET next_value = 1').run();
    const second = await draft();
    expect(await failure(app, 'invoices.issue', { id: second })).toEqual({
      code: 'conflict',
      message: 'The number INV-2026-0001 is already taken; change the number series’ pattern in Settings',
    });
    expect((await app.call('invoices.get', { id: second })).status).toBe('draft');
  });

  it('restores the normal sync level after a durable write, even one that failed', async () => {
    const { app, issued } = await startInvoicingApp();
    const id = await issued();
    await failure(app, 'invoices.issue', { id });
    expect(app.workspace.sqlite.pragma('synchronous', { simple: true })).toBe(1);
  });
});

describe('voiding', () => {
  it('voids an unpaid issued invoice with its reason; it keeps its number and the next one follows', async () => {
    const { app, issued } = await startInvoicingApp();
    const id = await issued();
    const voided = await app.call('invoices.void', { id, reason: 'Sent to the wrong company' });
    expect(voided).toMatchObject({
      status: 'void',
      number: 'INV-2026-0001',
      voidReason: 'Sent to the wrong company',
      voidedAt: '2026-11-24T09:00:00.000Z',
    });
    expect(voided.events.at(-1)).toMatchObject({
      kind: 'voided',
      detail: { reason: 'Sent to the wrong company' },
    });
    expect(await failure(app, 'invoices.void', { id, reason: 'Again' })).toMatchObject({ code: 'conflict' });
    expect(
      await failure(app, 'invoices.recordPayment', {
        invoiceId: id,
        paidOn: '2026-11-24',
        amountMinor: 1,
        method: 'cash',
      }),
    ).toMatchObject({ code: 'conflict' });
    expect((await app.call('invoices.get', { id: await issued() })).number).toBe('INV-2026-0002');
  });

  it('cancels an invoice with payments by a full credit note that refunds them, and refuses a draft', async () => {
    const { app, issued, draft } = await startInvoicingApp();
    const id = await issued();
    await app.call('invoices.recordPayment', {
      invoiceId: id,
      paidOn: '2026-11-24',
      amountMinor: 100,
      method: 'cash',
    });
    expect(await failure(app, 'invoices.void', { id, reason: 'Wrong' })).toMatchObject({
      code: 'invalid_input',
      fields: { outcome: 'Choose whether to refund the payments or keep them as credit' },
    });
    const cancelled = await app.call('invoices.void', {
      id,
      reason: 'Wrong',
      outcome: 'refund',
      refund: { method: 'cash', paidOn: '2026-11-25' },
    });
    expect(cancelled).toMatchObject({
      status: 'paid',
      paidMinor: 0,
      creditedMinor: 119_000,
      balanceMinor: 0,
    });
    expect(await app.call('creditNotes.list', { invoiceId: id })).toMatchObject([
      { number: 'CN-2026-0001', totalMinor: 119_000, reducedMinor: 118_900, refundedMinor: 100 },
    ]);
    expect(await failure(app, 'invoices.void', { id, reason: 'Again' })).toMatchObject({
      message: 'INV-2026-0001 is already fully credited',
    });
    expect(await failure(app, 'invoices.void', { id: await draft(), reason: 'Wrong' })).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('delete the draft instead'),
    });
  });

  it('requires a reason', async () => {
    const { app, issued } = await startInvoicingApp();
    expect(await failure(app, 'invoices.void', { id: await issued(), reason: ' ' })).toMatchObject({
      code: 'invalid_input',
      fields: { reason: 'Reason is required' },
    });
  });
});
