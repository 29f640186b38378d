import { describe, expect, it } from 'vitest';
import { sendThrough } from '../email/outbox-fixtures';
import { startSmtpServer } from '../email/smtp-test-server';
import { closeTestApp, startTestApp } from '../test-support';
import { dayMs, scheduledInvoices, startScheduleApp } from './schedule-fixtures';

describe('recurring invoices emailed automatically', () => {
  it('emails each period missed while the app was closed once, numbered and with its PDF, and never again', async () => {
    const { app, companyId, accountId, monthly } = await startScheduleApp();
    await app.call('contacts.create', {
      firstName: 'Wile',
      lastName: 'Coyote',
      companyId,
      emails: ['wile@acme.example'],
    });
    const server = await startSmtpServer();
    await sendThrough(app, server.port);
    const id = await monthly({ autoIssue: true, autoEmail: true });
    await closeTestApp(app);

    app.clock.advance(95 * dayMs);
    const reopened = await startTestApp({ dataDir: app.workspace.dataDir, clock: app.clock });
    await reopened.caughtUp;
    await reopened.outboxIdle();
    const invoices = await scheduledInvoices(reopened, accountId);
    expect(invoices.map((invoice) => invoice.number)).toEqual([
      'INV-2026-0001',
      'INV-2027-0001',
      'INV-2027-0002',
    ]);
    expect(server.received.map((mail) => mail.subject)).toEqual(
      invoices.map((invoice) => `Invoice ${invoice.number} from Ada Consulting`),
    );
    expect(server.received.map((mail) => mail.attachments.map((file) => file.filename))).toEqual(
      invoices.map((invoice) => [`${invoice.number} Acme Rockets.pdf`]),
    );
    const schedule = await reopened.call('schedules.get', { id });
    expect(schedule.runs.map((run) => run.emailStatus)).toEqual(['sent', 'sent', 'sent']);
    await closeTestApp(reopened);

    const again = await startTestApp({ dataDir: app.workspace.dataDir, clock: app.clock });
    await again.caughtUp;
    await again.outboxIdle();
    expect(server.received).toHaveLength(3);
  });

  it('leaves the email as a draft in the outbox when the customer has no address, and the invoice issued', async () => {
    const { app, accountId, monthly } = await startScheduleApp();
    const id = await monthly({ autoIssue: true, autoEmail: true });
    app.clock.advance(8 * dayMs);
    expect(await app.call('schedules.runNow', {})).toEqual({ created: 1, issued: 1, emailed: 0, failed: 0 });
    expect((await scheduledInvoices(app, accountId)).map((invoice) => invoice.status)).toEqual(['issued']);
    const [run] = (await app.call('schedules.get', { id })).runs;
    expect(run?.emailStatus).toBe('draft');
  });

  it('does not email a schedule that does not issue', async () => {
    const { app, monthly } = await startScheduleApp();
    const id = await monthly({ autoIssue: false, autoEmail: true });
    expect((await app.call('schedules.get', { id })).autoEmail).toBe(false);
    await app.call('schedules.update', { id, changes: { autoIssue: true, autoEmail: true } });
    const turnedOff = await app.call('schedules.update', { id, changes: { autoIssue: false } });
    expect(turnedOff.autoEmail).toBe(false);
  });
});
