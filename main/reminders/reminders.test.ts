import { describe, expect, it } from 'vitest';
import { closeTestApp, fixedClock, startTestApp } from '../test-support';
import { dayMs, followUpTasks, outcomes, reminderEmails, startReminderApp } from './reminder-fixtures';

const allSkippedButLatest = [
  '3 days before due: skipped',
  'On the due date: skipped',
  '7 days after due: skipped',
  '14 days after due: drafted',
];

describe('reminders after the app was closed', () => {
  it('an invoice 20 days past due when the app opens gets one reminder, for the latest step', async () => {
    const { app, dueOn } = await startReminderApp();
    const id = await dueOn('2026-11-30');
    await closeTestApp(app);
    const clock = fixedClock('2026-12-20T09:00:00.000Z');
    const reopened = await startTestApp({ dataDir: app.workspace.dataDir, clock });
    await reopened.remindersCaughtUp;

    expect(await outcomes(reopened, id)).toEqual(allSkippedButLatest);
    const [email, ...more] = reminderEmails(reopened);
    expect(more).toEqual([]);
    expect(email).toMatchObject({ invoice_id: id, status: 'draft' });
    const invoice = await reopened.call('invoices.get', { id });
    expect(invoice.events.filter((event) => event.kind === 'reminder_drafted')).toEqual([
      expect.objectContaining({ detail: { step: '14 days after due', outboxMessageId: email?.id } }),
    ]);
    // The +14 step escalates: one follow-up task, linked from its reminder.
    const [task, ...otherTasks] = followUpTasks(reopened, id);
    expect(otherTasks).toEqual([]);
    const { decided } = await reopened.call('reminders.forInvoice', { invoiceId: id });
    expect(decided.at(-1)).toMatchObject({
      date: '2026-12-14',
      outboxMessageId: email?.id,
      outboxStatus: 'draft',
      activityId: task?.id,
    });
  });

  it('running again, or opening again, makes nothing more', async () => {
    const { app, dueOn } = await startReminderApp();
    const id = await dueOn('2026-11-01');
    expect(await app.call('reminders.runNow', {})).toEqual({
      drafted: 1,
      skipped: 3,
      cancelled: 0,
      lateFees: 0,
    });
    expect(await app.call('reminders.runNow', {})).toEqual({
      drafted: 0,
      skipped: 0,
      cancelled: 0,
      lateFees: 0,
    });
    await closeTestApp(app);
    const reopened = await startTestApp({ dataDir: app.workspace.dataDir });
    await reopened.remindersCaughtUp;
    expect(reminderEmails(reopened)).toHaveLength(1);
    expect(followUpTasks(reopened, id)).toHaveLength(1);
    expect(await outcomes(reopened, id)).toEqual(allSkippedButLatest);
  });
});

describe('reminders while the app runs', () => {
  it('drafts each step on its day, says which comes next, and escalates once at +14', async () => {
    const { app, dueOn } = await startReminderApp();
    const id = await dueOn('2026-12-08');
    expect((await app.call('reminders.forInvoice', { invoiceId: id })).next).toEqual({
      label: '3 days before due',
      date: '2026-12-05',
    });
    for (const [days, next] of [
      [11, 'On the due date'],
      [3, '7 days after due'],
      [7, '14 days after due'],
      [7, null],
    ] as const) {
      app.clock.advance(days * dayMs);
      expect((await app.call('reminders.runNow', {})).drafted).toBe(1);
      expect((await app.call('reminders.forInvoice', { invoiceId: id })).next?.label ?? null).toBe(next);
    }
    expect(await outcomes(app, id)).toEqual([
      '3 days before due: drafted',
      'On the due date: drafted',
      '7 days after due: drafted',
      '14 days after due: drafted',
    ]);
    expect(reminderEmails(app)).toHaveLength(4);
    expect(followUpTasks(app, id)).toHaveLength(1);
  });

  it('an open follow-up task is reused by the escalating step, not doubled', async () => {
    const { app, dueOn } = await startReminderApp();
    const id = await dueOn('2026-11-20');
    const { activityId } = await app.call('invoices.escalate', { id });
    app.clock.advance(14 * dayMs);
    await app.call('reminders.runNow', {});
    expect(followUpTasks(app, id)).toEqual([{ id: activityId, done_at: null }]);
    const { decided } = await app.call('reminders.forInvoice', { invoiceId: id });
    expect(decided.at(-1)).toMatchObject({ label: '14 days after due', activityId });
  });

  it('a step dated before the invoice was issued is skipped', async () => {
    const { app, companyId, contactId, line } = await startReminderApp();
    const draft = await app.call('invoices.create', {
      companyId,
      contactIds: [contactId],
      lines: [line()],
      paymentTerms: 'net',
      termsDays: 1,
    });
    const { id } = await app.call('invoices.issue', { id: draft.id });
    await app.call('reminders.runNow', {});
    expect(await outcomes(app, id)).toEqual(['3 days before due: skipped']);
    expect(reminderEmails(app)).toEqual([]);
  });

  it('a partially paid invoice is still reminded', async () => {
    const { app, dueOn } = await startReminderApp();
    const id = await dueOn('2026-11-17');
    await app.call('invoices.recordPayment', {
      invoiceId: id,
      paidOn: '2026-11-20',
      amountMinor: 50_000,
      method: 'bank_transfer',
    });
    await app.call('reminders.runNow', {});
    expect(await outcomes(app, id)).toContain('7 days after due: drafted');
  });
});

describe('reminders never go to a settled invoice', () => {
  it('a paid invoice gets none', async () => {
    const { app, dueOn } = await startReminderApp();
    const id = await dueOn('2026-11-30');
    await app.call('invoices.recordPayment', {
      invoiceId: id,
      paidOn: '2026-11-24',
      amountMinor: 119_000,
      method: 'card',
    });
    app.clock.advance(30 * dayMs);
    await app.call('reminders.runNow', {});
    expect(await app.call('reminders.forInvoice', { invoiceId: id })).toEqual({
      decided: [],
      next: null,
      lateFee: null,
    });
    expect(reminderEmails(app)).toEqual([]);
  });

  it('a reminder drafted before the payment is cancelled, and none follows', async () => {
    const { app, dueOn } = await startReminderApp();
    const id = await dueOn('2026-11-20');
    await app.call('reminders.runNow', {});
    await app.call('invoices.recordPayment', {
      invoiceId: id,
      paidOn: '2026-11-25',
      amountMinor: 119_000,
      method: 'cash',
    });
    app.clock.advance(10 * dayMs);
    expect(await app.call('reminders.runNow', {})).toMatchObject({ drafted: 0, skipped: 0, cancelled: 1 });
    expect(reminderEmails(app)).toEqual([
      expect.objectContaining({ status: 'cancelled', last_error: 'The invoice was paid' }),
    ]);
    expect((await app.call('reminders.forInvoice', { invoiceId: id })).decided).toEqual([
      expect.objectContaining({ label: '3 days before due', outcome: 'skipped' }),
      expect.objectContaining({ label: 'On the due date', outcome: 'drafted', outboxStatus: 'cancelled' }),
    ]);
  });

  it('a void invoice gets none', async () => {
    const { app, dueOn } = await startReminderApp();
    const id = await dueOn('2026-11-01');
    await app.call('invoices.void', { id, reason: 'Issued twice' });
    await app.call('reminders.runNow', {});
    expect(reminderEmails(app)).toEqual([]);
    expect(await outcomes(app, id)).toEqual([]);
  });
});

describe('editing the steps', () => {
  it('never re-sends a decided step, even one removed and added back, and adds the new ones', async () => {
    const { app, dueOn } = await startReminderApp();
    const id = await dueOn('2026-11-17');
    await app.call('reminders.runNow', {});
    expect(reminderEmails(app)).toHaveLength(1);
    const steps = (offsets: number[]) => offsets.map((offsetDays) => ({ offsetDays, escalate: false }));
    const { lateFees } = await app.call('reminders.settings', {});
    await app.call('reminders.updateSettings', { steps: steps([0, 30]), lateFees });
    await app.call('reminders.updateSettings', { steps: steps([-3, 0, 7, 30]), lateFees });
    expect(await app.call('reminders.runNow', {})).toMatchObject({ drafted: 0, skipped: 0 });
    app.clock.advance(23 * dayMs);
    expect(await app.call('reminders.runNow', {})).toMatchObject({ drafted: 1, skipped: 0 });
    expect(await outcomes(app, id)).toEqual([
      '3 days before due: skipped',
      'On the due date: skipped',
      '7 days after due: drafted',
      '30 days after due: drafted',
    ]);
    // The +14 step was removed: not escalated, so no task.
    expect(followUpTasks(app, id)).toEqual([]);
  });
});
