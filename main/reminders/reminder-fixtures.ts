import { addDays } from '../../shared/invoice-dates';
import { type InvoicingApp, startInvoicingApp } from '../invoices/invoice-fixtures';
import type { TestApp } from '../test-support';

export const dayMs = 86_400_000;

export interface ReminderApp extends InvoicingApp {
  accountId: number;
  /** An issued invoice of €1,190.00 due on `dueDate` (net 14 days), in `currency` when given. */
  dueOn: (dueDate: string, currency?: string) => Promise<number>;
}

/** An invoicing workspace whose customer is an account (a won deal), the clock at 2026-11-24 09:00 UTC. */
export const startReminderApp = async (): Promise<ReminderApp> => {
  const fixture = await startInvoicingApp();
  const deal = await fixture.app.call('deals.create', { title: 'Audit', companyId: fixture.companyId });
  const { accountId } = await fixture.app.call('deals.win', { id: deal.id });
  return {
    ...fixture,
    accountId: accountId ?? 0,
    dueOn: (dueDate, currency) =>
      fixture.issued(100_000, { issueDate: addDays(dueDate, -14), ...(currency ? { currency } : {}) }),
  };
};

export const reminderEmails = (app: TestApp) =>
  app.workspace.sqlite
    .prepare(
      "SELECT id, invoice_id, status, last_error FROM outbox_messages WHERE kind = 'reminder' ORDER BY id",
    )
    .all() as { id: number; invoice_id: number; status: string; last_error: string }[];

export const followUpTasks = (app: TestApp, invoiceId: number) =>
  app.workspace.sqlite
    .prepare("SELECT id, done_at FROM activities WHERE kind = 'task' AND invoice_id = ? ORDER BY id")
    .all(invoiceId) as { id: number; done_at: string | null }[];

/** Each decided step as "label: outcome". */
export const outcomes = async (app: TestApp, invoiceId: number) =>
  (await app.call('reminders.forInvoice', { invoiceId })).decided.map(
    (one) => `${one.label}: ${one.outcome}`,
  );
