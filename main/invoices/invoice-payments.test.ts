import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Invoice } from '../../shared/invoices';
import { failure, startInvoicingApp } from './invoice-fixtures';

const pay = (invoiceId: number, amountMinor: number) => ({
  invoiceId,
  paidOn: '2026-11-24',
  amountMinor,
  method: 'bank_transfer' as const,
  reference: 'SEPA 4711',
});

describe('payments', () => {
  it('move an invoice from issued to partially paid to paid, keeping the balance', async () => {
    const { app, issued } = await startInvoicingApp();
    const id = await issued(100_000);
    const partly = await app.call('invoices.recordPayment', pay(id, 19_000));
    expect(partly).toMatchObject({ status: 'partially_paid', paidMinor: 19_000, balanceMinor: 100_000 });
    expect(partly.payments).toMatchObject([
      { amountMinor: 19_000, method: 'bank_transfer', reference: 'SEPA 4711' },
    ]);
    expect(partly.events.at(-1)).toMatchObject({
      kind: 'payment_recorded',
      detail: { amountMinor: 19_000, method: 'bank_transfer', paidOn: '2026-11-24' },
    });
    const paid = await app.call('invoices.recordPayment', pay(id, 100_000));
    expect(paid).toMatchObject({ status: 'paid', paidMinor: 119_000, balanceMinor: 0 });
    expect(await failure(app, 'invoices.recordPayment', pay(id, 1))).toEqual({
      code: 'conflict',
      message: 'INV-2026-0001 is already paid in full',
    });
  });

  it('refuse more than the balance, with the balance in the message and on the amount field', async () => {
    const { app, issued } = await startInvoicingApp();
    const id = await issued(100_000);
    await app.call('invoices.recordPayment', pay(id, 107_000));
    expect(await failure(app, 'invoices.recordPayment', pay(id, 12_001))).toEqual({
      code: 'invalid_input',
      message: 'That is more than the balance of €120.00',
      fields: { amountMinor: 'That is more than the balance of €120.00' },
    });
    expect((await app.call('invoices.get', { id })).paidMinor).toBe(107_000);
  });

  it('are refused on drafts', async () => {
    const { app, draft } = await startInvoicingApp();
    expect(await failure(app, 'invoices.recordPayment', pay(await draft(), 100))).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('before recording a payment'),
    });
  });

  it('are deleted with a reason that stays on record, and the balance and status roll back', async () => {
    const { app, issued } = await startInvoicingApp();
    const id = await issued(100_000);
    const first = await app.call('invoices.recordPayment', pay(id, 19_000));
    const paid = await app.call('invoices.recordPayment', pay(id, 100_000));
    const paymentId = paid.payments[1]?.id as number;
    const back = await app.call('invoices.deletePayment', { paymentId, reason: 'The transfer bounced' });
    expect(back).toMatchObject({ status: 'partially_paid', paidMinor: 19_000, balanceMinor: 100_000 });
    expect(back.payments[1]).toMatchObject({
      deletedAt: '2026-11-24T09:00:00.000Z',
      deleteReason: 'The transfer bounced',
    });
    expect(back.events.at(-1)).toMatchObject({
      kind: 'payment_deleted',
      detail: { paymentId, amountMinor: 100_000, reason: 'The transfer bounced' },
    });
    expect(await failure(app, 'invoices.deletePayment', { paymentId, reason: 'Again' })).toEqual({
      code: 'conflict',
      message: 'This payment was already deleted',
    });
    const none = await app.call('invoices.deletePayment', {
      paymentId: first.payments[0]?.id as number,
      reason: 'Wrong invoice',
    });
    expect(none).toMatchObject({ status: 'issued', paidMinor: 0 });
  });

  it('never push a balance below zero nor drift from the payments, whatever the sequence', async () => {
    const { app, issued } = await startInvoicingApp();
    const step = fc.oneof(
      fc.record({ pay: fc.integer({ min: 1, max: 150_000 }) }),
      fc.record({ remove: fc.nat({ max: 10 }) }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 120_000 }),
        fc.array(step, { maxLength: 12 }),
        async (price, steps) => {
          const id = await issued(price);
          let invoice: Invoice = await app.call('invoices.get', { id });
          for (const one of steps) {
            if ('pay' in one) {
              const result = await app.send('invoices.recordPayment', pay(id, one.pay));
              const fits = one.pay <= invoice.balanceMinor && invoice.status !== 'paid';
              expect(result.ok).toBe(fits);
            } else {
              const live = invoice.payments.filter((payment) => payment.deletedAt === null);
              const target = live[one.remove % Math.max(live.length, 1)];
              if (target) await app.call('invoices.deletePayment', { paymentId: target.id, reason: 'Test' });
            }
            invoice = await app.call('invoices.get', { id });
            const live = invoice.payments.filter((payment) => payment.deletedAt === null);
            expect(invoice.paidMinor).toBe(live.reduce((sum, payment) => sum + payment.amountMinor, 0));
            expect(invoice.balanceMinor).toBeGreaterThanOrEqual(0);
            expect(invoice.status).toBe(
              invoice.paidMinor === 0 ? 'issued' : invoice.balanceMinor === 0 ? 'paid' : 'partially_paid',
            );
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});
