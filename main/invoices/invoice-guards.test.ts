import { describe, expect, it } from 'vitest';
import { startInvoicingApp } from './invoice-fixtures';

/**
 * The database itself, not only the code, keeps issued invoices as they were issued: these statements go
 * straight to SQLite, as a script or another tool would.
 */
describe('in the database, an issued invoice', () => {
  const issuedWithPayment = async () => {
    const fixture = await startInvoicingApp();
    const id = await fixture.issued(100_000);
    await fixture.app.call('invoices.recordPayment', {
      invoiceId: id,
      paidOn: '2026-11-24',
      amountMinor: 10_000,
      method: 'cash',
    });
    const run = (statement: string, ...params: unknown[]) =>
      fixture.app.workspace.sqlite.prepare(statement).run(...params);
    return { ...fixture, id, run };
  };

  it('rejects changing, adding or removing its lines', async () => {
    const { id, run } = await issuedWithPayment();
    expect(() => run('UPDATE invoice_lines SET unit_price_minor = 1 WHERE invoice_id = ?', id)).toThrow(
      'The lines of an issued invoice cannot change',
    );
    expect(() =>
      run('UPDATE invoice_lines SET net_minor = 0, description = ? WHERE invoice_id = ?', 'x', id),
    ).toThrow('The lines of an issued invoice cannot change');
    expect(() => run('DELETE FROM invoice_lines WHERE invoice_id = ?', id)).toThrow(
      'The lines of an issued invoice cannot change',
    );
    expect(() =>
      run(
        `INSERT INTO invoice_lines (invoice_id, position, description, quantity, unit_price_minor, tax_rate_id, net_minor)
         VALUES (?, 9, 'Extra', '1', 100, 1, 100)`,
        id,
      ),
    ).toThrow('The lines of an issued invoice cannot change');
  });

  it('rejects changing its amounts, number, dates, parties or recipients', async () => {
    const { id, run, contactId } = await issuedWithPayment();
    for (const change of [
      'total_minor = 1',
      'net_minor = net_minor + 1',
      'tax_minor = 0',
      "number = 'INV-2026-9999'",
      "issue_date = '2020-01-01'",
      "due_date = '2099-01-01'",
      "currency = 'USD'",
      "buyer = '{}'",
      "tax_rates = '[]'",
    ]) {
      expect(() => run(`UPDATE invoices SET ${change} WHERE id = ?`, id), change).toThrow(
        'An issued invoice cannot be edited; correct it with a credit note',
      );
    }
    expect(() => run('DELETE FROM invoice_recipients WHERE invoice_id = ?', id)).toThrow(
      'The recipients of an issued invoice cannot change',
    );
    expect(() =>
      run(
        'INSERT INTO invoice_recipients (invoice_id, contact_id, position) VALUES (?, ?, 5)',
        id,
        contactId + 1000,
      ),
    ).toThrow('The recipients of an issued invoice cannot change');
  });

  it('rejects being deleted or going back to draft', async () => {
    const { id, run } = await issuedWithPayment();
    expect(() => run('DELETE FROM invoices WHERE id = ?', id)).toThrow('An issued invoice cannot be deleted');
    expect(() => run("UPDATE invoices SET status = 'draft' WHERE id = ?", id)).toThrow(
      'An issued or void invoice cannot go back to draft or leave void',
    );
  });

  it('refuses a paid amount above its total', async () => {
    const { id, run } = await issuedWithPayment();
    expect(() => run('UPDATE invoices SET paid_minor = total_minor + 1 WHERE id = ?', id)).toThrow(
      'CHECK constraint failed',
    );
    expect(() => run('UPDATE invoices SET paid_minor = -1 WHERE id = ?', id)).toThrow(
      'CHECK constraint failed',
    );
  });

  it('keeps its payments and audit log as written', async () => {
    const { id, run } = await issuedWithPayment();
    expect(() => run('DELETE FROM payments WHERE invoice_id = ?', id)).toThrow('Payments are never erased');
    expect(() => run('UPDATE payments SET amount_minor = 1 WHERE invoice_id = ?', id)).toThrow(
      'A recorded payment cannot be changed',
    );
    expect(() => run("UPDATE invoice_events SET detail = '{}' WHERE invoice_id = ?", id)).toThrow(
      'The audit log is append-only',
    );
    expect(() => run('DELETE FROM invoice_events WHERE invoice_id = ?', id)).toThrow(
      'The audit log is append-only',
    );
  });

  it('rejects a draft’s line or recipient being moved onto it', async () => {
    const { id, run, draft } = await issuedWithPayment();
    const other = await draft();
    expect(() => run('UPDATE invoice_lines SET invoice_id = ? WHERE invoice_id = ?', id, other)).toThrow(
      'The lines of an issued invoice cannot change',
    );
    expect(() => run('UPDATE invoice_recipients SET invoice_id = ? WHERE invoice_id = ?', id, other)).toThrow(
      'The recipients of an issued invoice cannot change',
    );
    expect(() => run('UPDATE invoice_recipients SET position = 3 WHERE invoice_id = ?', id)).toThrow(
      'The recipients of an issued invoice cannot change',
    );
  });

  it('cannot be voided with payments, and once void nothing about it changes', async () => {
    const { app, id, run, issued } = await issuedWithPayment();
    expect(() => run("UPDATE invoices SET status = 'void' WHERE id = ?", id)).toThrow(
      'An invoice with payments cannot be voided',
    );
    const unpaid = await issued(50_000);
    await app.call('invoices.void', { id: unpaid, reason: 'Wrong customer' });
    for (const change of ["void_reason = 'x'", 'paid_minor = 1', "updated_at = 'x'"]) {
      expect(() => run(`UPDATE invoices SET ${change} WHERE id = ?`, unpaid), change).toThrow(
        'A void invoice cannot change',
      );
    }
    expect(() =>
      run(
        `INSERT INTO payments (invoice_id, paid_on, amount_minor, method, created_at)
         VALUES (?, '2026-11-24', 100, 'cash', '2026-11-24')`,
        unpaid,
      ),
    ).toThrow('Payments go on issued invoices that are not fully paid');
  });

  it('still lets payments follow: status and paid amount may change, nothing else', async () => {
    const { app, id, run } = await issuedWithPayment();
    expect(run("UPDATE invoices SET paid_minor = 0, status = 'issued' WHERE id = ?", id).changes).toBe(1);
    expect((await app.call('invoices.get', { id })).totalMinor).toBe(119_000);
  });
});
