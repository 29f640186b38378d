import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startInvoicingApp } from '../invoices/invoice-fixtures';
import type { TestApp } from '../test-support';

type Step =
  | { kind: 'pay'; share: number }
  | { kind: 'creditLine'; line: number; share: number; outcome: 'reduce' | 'refund' | 'credit' }
  | { kind: 'creditAmount'; share: number; outcome: 'reduce' | 'refund' | 'credit' }
  | { kind: 'apply'; share: number };

const outcome = fc.constantFrom('reduce' as const, 'refund' as const, 'credit' as const);
const share = fc.double({ min: 0.05, max: 1, noNaN: true });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('pay' as const), share }),
  fc.record({ kind: fc.constant('creditLine' as const), line: fc.nat(1), share, outcome }),
  fc.record({ kind: fc.constant('creditAmount' as const), share, outcome }),
  fc.record({ kind: fc.constant('apply' as const), share }),
);

/** One sum straight from SQLite, independent of the service's own arithmetic. */
const sumOf = (app: TestApp, statement: string, ...params: (string | number)[]) =>
  (app.workspace.sqlite.prepare(statement).get(...params) as { v: number }).v;

describe('credit notes, payments, refunds and applied credit', () => {
  it('reconcile to the minor unit in JPY, EUR and BHD, in whatever order they come, whichever are refused', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('JPY', 'EUR', 'BHD'),
        fc.array(step, { minLength: 1, maxLength: 8 }),
        async (currency, steps) => {
          const { app, companyId, line, vat7 } = await startInvoicingApp();
          const deal = await app.call('deals.create', { title: 'Audit', companyId });
          const { accountId } = await app.call('deals.win', { id: deal.id });
          const issue = async (lines: Parameters<typeof line>[0][]) => {
            const draft = await app.call('invoices.create', {
              companyId,
              accountId,
              currency,
              lines: lines.map(line),
            });
            return app.call('invoices.issue', { id: draft.id });
          };
          const invoice = await issue([
            { quantity: '3', unitPriceMinor: 12_345 },
            { quantity: '1.5', unitPriceMinor: 9_999, taxRateId: vat7 },
          ]);
          const later = await issue([{ quantity: '1', unitPriceMinor: 50_001 }]);
          for (const next of steps) {
            const now = await app.call('invoices.get', { id: invoice.id });
            const amount = (of: number) => Math.max(1, Math.floor(of * next.share));
            if (next.kind === 'pay' && now.balanceMinor > 0) {
              await app.send('invoices.recordPayment', {
                invoiceId: invoice.id,
                paidOn: '2026-11-20',
                amountMinor: amount(now.balanceMinor),
                method: 'cash',
              });
            } else if (next.kind === 'creditLine') {
              const creditable = await app.call('creditNotes.creditable', { invoiceId: invoice.id });
              const target = creditable.lines[next.line];
              if (target && Number(target.remainingQuantity) > 0)
                await app.send('creditNotes.issue', {
                  invoiceId: invoice.id,
                  lines: [{ lineId: target.lineId, quantity: target.remainingQuantity }],
                  reason: 'Property',
                  outcome: next.outcome,
                  refund: { method: 'card', paidOn: '2026-11-21' },
                });
            } else if (next.kind === 'creditAmount') {
              await app.send('creditNotes.issue', {
                invoiceId: invoice.id,
                amountMinor: amount(now.totalMinor),
                reason: 'Property',
                outcome: next.outcome,
                refund: { method: 'card', paidOn: '2026-11-21' },
              });
            } else if (next.kind === 'apply') {
              const open = await app.call('invoices.get', { id: later.id });
              await app.send('creditNotes.applyCredit', {
                invoiceId: later.id,
                amountMinor: amount(open.totalMinor),
              });
            }
          }
          for (const id of [invoice.id, later.id]) {
            const row = await app.call('invoices.get', { id });
            const payments = sumOf(
              app,
              'SELECT coalesce(sum(amount_minor), 0) AS v FROM payments WHERE invoice_id = ? AND deleted_at IS NULL',
              id,
            );
            const moved = (kind: string) =>
              sumOf(
                app,
                'SELECT coalesce(sum(amount_minor), 0) AS v FROM credit_applications WHERE invoice_id = ? AND kind = ?',
                id,
                kind,
              );
            expect(row.paidMinor).toBe(payments - moved('refund'));
            expect(row.creditedMinor).toBe(moved('reduce') + moved('refund') + moved('apply'));
            expect(row.balanceMinor).toBe(row.totalMinor - row.paidMinor - row.creditedMinor);
            expect(row.balanceMinor).toBeGreaterThanOrEqual(0);
          }
          const notes = await app.call('creditNotes.list', { accountId: accountId ?? 0 });
          const credited = notes.reduce((sum, note) => sum + note.totalMinor, 0);
          expect(credited).toBeLessThanOrEqual(invoice.totalMinor);
          for (const note of notes) {
            expect(note.availableMinor).toBeGreaterThanOrEqual(0);
            expect(note.reducedMinor + note.refundedMinor + note.appliedMinor + note.availableMinor).toBe(
              note.totalMinor,
            );
          }
          const held = notes.reduce((sum, note) => sum + note.availableMinor, 0);
          expect(await app.call('creditNotes.availableCredit', { accountId: accountId ?? 0 })).toEqual(
            held > 0 ? [{ minor: held, currency }] : [],
          );
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
