import { describe, expect, it } from 'vitest';
import { failure, startInvoicingApp } from '../invoices/invoice-fixtures';

/** A two-line invoice (2 h at 150.00 and a 500.00 workshop, VAT 19%) issued to an account's company. */
const twoLineInvoice = async () => {
  const fixture = await startInvoicingApp();
  const { app, companyId, line } = fixture;
  const deal = await app.call('deals.create', { title: 'Audit', companyId });
  const { accountId } = await app.call('deals.win', { id: deal.id });
  const draft = await app.call('invoices.create', {
    companyId,
    accountId,
    lines: [
      line({ description: 'Consulting', quantity: '2', unit: 'hour', unitPriceMinor: 15_000 }),
      line({ description: 'Workshop', unitPriceMinor: 50_000 }),
    ],
  });
  const invoice = await app.call('invoices.issue', { id: draft.id });
  return { ...fixture, invoice, accountId: accountId ?? 0 };
};

describe('a credit note', () => {
  it('for one line takes exactly that line’s gross off the balance, with the next CN number', async () => {
    const { app, invoice } = await twoLineInvoice();
    expect(invoice.totalMinor).toBe(95_200);
    const [consulting] = invoice.lines;
    const note = await app.call('creditNotes.issue', {
      invoiceId: invoice.id,
      lines: [{ lineId: consulting?.id ?? 0, quantity: '2' }],
      reason: 'Hours not worked',
      outcome: 'reduce',
    });
    expect(note).toMatchObject({ kind: 'credit_note', number: 'CN-2026-0001', totalMinor: 35_700 });
    const after = await app.call('invoices.get', { id: invoice.id });
    expect(after).toMatchObject({ balanceMinor: 59_500, creditedMinor: 35_700, status: 'partially_paid' });
    const doc = await app.call('invoices.document', { id: note.id });
    expect(doc).toMatchObject({ kind: 'credit_note', correctsNumber: invoice.number });
    const listed = await app.call('creditNotes.list', { invoiceId: invoice.id });
    expect(listed).toMatchObject([
      { number: 'CN-2026-0001', reducedMinor: 35_700, reason: 'Hours not worked' },
    ]);
  });

  it('can never take back more than is left, per line and in total, with the message on the field', async () => {
    const { app, invoice } = await twoLineInvoice();
    const [consulting] = invoice.lines;
    const lineId = consulting?.id ?? 0;
    const credit = (quantity: string) =>
      failure(app, 'creditNotes.issue', {
        invoiceId: invoice.id,
        lines: [{ lineId, quantity }],
        reason: 'Oops',
        outcome: 'reduce',
      });
    await app.call('creditNotes.issue', {
      invoiceId: invoice.id,
      lines: [{ lineId, quantity: '1.5' }],
      reason: 'Partly',
      outcome: 'reduce',
    });
    expect((await credit('1')).fields).toEqual({
      'lines.0.quantity': 'Only 0.5 of “Consulting” is left to credit',
    });
    const tooMuch = await failure(app, 'creditNotes.issue', {
      invoiceId: invoice.id,
      amountMinor: 95_200,
      reason: 'All',
      outcome: 'reduce',
    });
    expect(tooMuch.fields?.amountMinor).toMatch(/^At most €684\.25 is left to credit on INV-2026-0001$/);
    const creditable = await app.call('creditNotes.creditable', { invoiceId: invoice.id });
    expect(creditable).toMatchObject({
      remainingMinor: 95_200 - 26_775,
      lines: [{ remainingQuantity: '0.5' }, {}],
    });
  });

  it('refunds what goes beyond the balance, as a movement with method and date', async () => {
    const { app, invoice } = await twoLineInvoice();
    await app.call('invoices.recordPayment', {
      invoiceId: invoice.id,
      paidOn: '2026-11-20',
      amountMinor: 95_200,
      method: 'bank_transfer',
    });
    const refused = await failure(app, 'creditNotes.issue', {
      invoiceId: invoice.id,
      amountMinor: 10_000,
      reason: 'Discount agreed',
      outcome: 'reduce',
    });
    expect(refused.fields?.outcome).toMatch(/refund the rest or keep it as credit/);
    await app.call('creditNotes.issue', {
      invoiceId: invoice.id,
      amountMinor: 10_000,
      reason: 'Discount agreed',
      outcome: 'refund',
      refund: { method: 'bank_transfer', paidOn: '2026-11-25' },
    });
    const after = await app.call('invoices.get', { id: invoice.id });
    expect(after).toMatchObject({
      paidMinor: 85_200,
      creditedMinor: 10_000,
      balanceMinor: 0,
      status: 'paid',
    });
    expect(await app.call('creditNotes.list', { invoiceId: invoice.id })).toMatchObject([
      { refundedMinor: 10_000, availableMinor: 0 },
    ]);
    // The refunded part of the payment can no longer be deleted as if it were all still there.
    const payment = after.payments[0]?.id ?? 0;
    expect(
      await failure(app, 'invoices.deletePayment', { paymentId: payment, reason: 'Bounced' }),
    ).toMatchObject({
      message: 'Part of this payment was refunded with a credit note; it cannot be removed',
    });
  });

  it('keeps credit for the account and applies it to a later invoice of the same currency', async () => {
    const { app, invoice, accountId, companyId, line } = await twoLineInvoice();
    await app.call('invoices.recordPayment', {
      invoiceId: invoice.id,
      paidOn: '2026-11-20',
      amountMinor: 95_200,
      method: 'card',
    });
    await app.call('creditNotes.issue', {
      invoiceId: invoice.id,
      amountMinor: 20_000,
      reason: 'Goodwill',
      outcome: 'credit',
    });
    expect(await app.call('creditNotes.availableCredit', { accountId })).toEqual([
      { minor: 20_000, currency: 'EUR' },
    ]);
    const later = await app.call('invoices.create', {
      companyId,
      accountId,
      lines: [line({ unitPriceMinor: 10_000 })],
    });
    await app.call('invoices.issue', { id: later.id });
    const tooMuch = await failure(app, 'creditNotes.applyCredit', {
      invoiceId: later.id,
      amountMinor: 20_000,
    });
    expect(tooMuch.fields?.amountMinor).toBe('That is more than the balance of €119.00');
    const applied = await app.call('creditNotes.applyCredit', { invoiceId: later.id, amountMinor: 5_000 });
    expect(applied).toMatchObject({ creditedMinor: 5_000, balanceMinor: 6_900, status: 'partially_paid' });
    expect(await app.call('creditNotes.availableCredit', { accountId })).toEqual([
      { minor: 15_000, currency: 'EUR' },
    ]);
    const usd = await app.call('invoices.create', {
      companyId,
      accountId,
      currency: 'USD',
      lines: [line({ unitPriceMinor: 10_000 })],
    });
    await app.call('invoices.issue', { id: usd.id });
    expect(
      (await failure(app, 'creditNotes.applyCredit', { invoiceId: usd.id, amountMinor: 1 })).message,
    ).toBe('The account holds no credit in USD');
  });

  it('is listed with invoices under its own filter but never counts as owed', async () => {
    const { app, invoice } = await twoLineInvoice();
    await app.call('creditNotes.issue', {
      invoiceId: invoice.id,
      amountMinor: 1_000,
      reason: 'x',
      outcome: 'reduce',
    });
    const all = await app.call('invoices.list', {});
    expect(all.rows.map((row) => row.kind).sort()).toEqual(['credit_note', 'invoice']);
    expect(all.totals).toEqual([{ currency: 'EUR', count: 1, totalMinor: 95_200, balanceMinor: 94_200 }]);
    const open = await app.call('invoices.list', { status: 'open' });
    expect(open.rows.map((row) => row.kind)).toEqual(['invoice']);
    const notes = await app.call('invoices.list', { status: 'credit_note' });
    expect(notes).toMatchObject({
      total: 1,
      rows: [{ number: 'CN-2026-0001', balanceMinor: 0 }],
      totals: [],
    });
    expect(await app.call('invoices.summary', {})).toMatchObject({ overdueCount: 0 });
  });
});

describe('in the database, credit', () => {
  it('refuses a credit note beyond its invoice, settlements beyond the total, and changed applications', async () => {
    const { app, invoice } = await twoLineInvoice();
    const note = await app.call('creditNotes.issue', {
      invoiceId: invoice.id,
      amountMinor: 90_000,
      reason: 'Most of it',
      outcome: 'reduce',
    });
    const run = (statement: string, ...params: unknown[]) =>
      app.workspace.sqlite.prepare(statement).run(...params);
    expect(() =>
      run(
        `INSERT INTO invoices (kind, status, number, corrects_invoice_id, issue_date, due_date, currency, total_minor,
           created_at, updated_at) VALUES ('credit_note', 'issued', 'CN-X', ?, '2026-11-25', '2026-11-25', 'EUR', 5201, 'now', 'now')`,
        invoice.id,
      ),
    ).toThrow('A credit note cannot exceed what is still creditable on an issued invoice');
    expect(() =>
      run('UPDATE invoices SET credited_minor = credited_minor + 5201 WHERE id = ?', invoice.id),
    ).toThrow('Payments and credits cannot exceed the invoice total');
    expect(() =>
      run('UPDATE credit_applications SET amount_minor = 1 WHERE credit_note_id = ?', note.id),
    ).toThrow('Credit applications are never changed');
    expect(() =>
      run(
        `INSERT INTO credit_applications (credit_note_id, invoice_id, kind, amount_minor, applied_on, created_at)
         VALUES (?, ?, 'reduce', 1, '2026-11-25', 'now')`,
        note.id,
        invoice.id,
      ),
    ).toThrow('A credit note cannot give out more than it is worth');
    expect(() =>
      run(
        'INSERT INTO payments (invoice_id, paid_on, amount_minor, method, created_at) VALUES (?, ?, 1, ?, ?)',
        note.id,
        '2026-11-25',
        'cash',
        'now',
      ),
    ).toThrow();
    expect(() => run('UPDATE invoices SET total_minor = 1 WHERE id = ?', note.id)).toThrow(
      'An issued invoice cannot be edited; correct it with a credit note',
    );
  });

  it('refuses a credit note line taking back more than the invoiced quantity', async () => {
    const { app, invoice } = await twoLineInvoice();
    const lineId = invoice.lines[0]?.id ?? 0;
    const run = (statement: string, ...params: unknown[]) =>
      app.workspace.sqlite.prepare(statement).run(...params);
    const draft = run(
      `INSERT INTO invoices (kind, corrects_invoice_id, issue_date, due_date, currency, created_at, updated_at)
       VALUES ('credit_note', ?, '2026-11-25', '2026-11-25', 'EUR', 'now', 'now')`,
      invoice.id,
    ).lastInsertRowid;
    expect(() =>
      run(
        `INSERT INTO invoice_lines (invoice_id, position, description, quantity, unit_price_minor, tax_rate_id, net_minor,
           credits_line_id, credited_quantity) VALUES (?, 0, 'x', '1', 1, 1, 1, ?, '2.5')`,
        draft,
        lineId,
      ),
    ).toThrow('A credit note cannot take back more of a line than was invoiced');
  });
});
