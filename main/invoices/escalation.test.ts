import { describe, expect, it } from 'vitest';
import { failure, startInvoicingApp } from './invoice-fixtures';
import { accountReceivables } from './receivables';

const wonAccount = async (fixture: Awaited<ReturnType<typeof startInvoicingApp>>) => {
  const deal = await fixture.app.call('deals.create', { title: 'Audit', companyId: fixture.companyId });
  const { accountId } = await fixture.app.call('deals.win', { id: deal.id });
  return accountId as number;
};

describe('escalating an overdue invoice', () => {
  it('creates a follow-up task due today on the account, with the invoice linked and logged', async () => {
    const fixture = await startInvoicingApp();
    const { app, issued, companyId, contactId } = fixture;
    const accountId = await wonAccount(fixture);
    const id = await issued(100_000, { issueDate: '2026-10-29' });
    const { activityId } = await app.call('invoices.escalate', { id });
    const task = app.workspace.sqlite.prepare('SELECT * FROM activities WHERE id = ?').get(activityId);
    expect(task).toMatchObject({
      kind: 'task',
      subject: 'Follow up overdue invoice INV-2026-0001 (€1,190.00, 12 days overdue)',
      due_date: '2026-11-24',
      done_at: null,
      account_id: accountId,
      company_id: companyId,
      contact_id: contactId,
      invoice_id: id,
    });
    const [open] = (await app.call('activities.tasks', { status: 'open' })).rows;
    expect(open).toMatchObject({ id: activityId, accountId, dueDate: '2026-11-24' });
    expect((await app.call('invoices.get', { id })).events.at(-1)).toMatchObject({
      kind: 'escalated',
      detail: { activityId, daysOverdue: 12 },
    });
  });

  it('finds the open follow-up instead of adding another, and adds one again once it is done', async () => {
    const fixture = await startInvoicingApp();
    const { app, issued } = fixture;
    await wonAccount(fixture);
    const id = await issued(100_000, { issueDate: '2026-10-29' });
    const first = await app.call('invoices.escalate', { id });
    expect(await app.call('invoices.escalate', { id })).toEqual({ ...first, created: false });
    await app.call('activities.complete', { id: first.activityId, done: true });
    const again = await app.call('invoices.escalate', { id });
    expect(again.created).toBe(true);
    expect(again.activityId).not.toBe(first.activityId);
  });

  it('is refused for an invoice that is not overdue', async () => {
    const { app, issued, draft } = await startInvoicingApp();
    expect(await failure(app, 'invoices.escalate', { id: await issued() })).toEqual({
      code: 'conflict',
      message: 'INV-2026-0001 is not overdue',
    });
    expect(await failure(app, 'invoices.escalate', { id: await draft() })).toMatchObject({
      code: 'conflict',
    });
  });
});

describe('an account’s receivables', () => {
  it('are what its open invoices still owe per currency, with the overdue ones counted', async () => {
    const fixture = await startInvoicingApp();
    const { app, issued, draft } = fixture;
    const accountId = await wonAccount(fixture);
    const late = await issued(100_000, { issueDate: '2026-10-01' });
    await app.call('invoices.recordPayment', {
      invoiceId: late,
      paidOn: '2026-11-01',
      amountMinor: 19_000,
      method: 'cash',
    });
    await issued(10_000);
    await issued(5_000, { currency: 'USD', issueDate: '2026-09-01' });
    const paid = await issued(1_000);
    await app.call('invoices.recordPayment', {
      invoiceId: paid,
      paidOn: '2026-11-24',
      amountMinor: 1_190,
      method: 'cash',
    });
    await draft(99_000);
    expect(await accountReceivables(app.workspace.db, accountId, '2026-11-24')).toEqual({
      outstanding: [
        { currency: 'EUR', minor: 100_000 + 11_900 },
        { currency: 'USD', minor: 5_950 },
      ],
      overdueCount: 2,
    });
    expect((await app.call('accounts.get', { id: accountId })).receivables).toEqual({
      outstanding: [
        { currency: 'EUR', minor: 111_900 },
        { currency: 'USD', minor: 5_950 },
      ],
      overdueCount: 2,
    });
    expect(await accountReceivables(app.workspace.db, accountId, '2026-09-01')).toMatchObject({
      overdueCount: 0,
    });
  });

  it('are nothing for an account without invoices', async () => {
    const fixture = await startInvoicingApp();
    const accountId = await wonAccount(fixture);
    expect((await fixture.app.call('accounts.get', { id: accountId })).receivables).toEqual({
      outstanding: [],
      overdueCount: 0,
    });
  });
});
