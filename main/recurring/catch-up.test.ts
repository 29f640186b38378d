import { describe, expect, it, vi } from 'vitest';
import { closeTestApp, startTestApp } from '../test-support';
import { dayMs, scheduledInvoices, startScheduleApp } from './schedule-fixtures';

describe('catching up recurring invoices', () => {
  it('makes exactly the 3 periods missed while the app was closed for 95 days, each dated its own day', async () => {
    const { app, accountId, monthly } = await startScheduleApp();
    await monthly();
    await app.caughtUp;
    expect(await scheduledInvoices(app, accountId)).toEqual([]);
    await closeTestApp(app);

    app.clock.advance(95 * dayMs);
    const reopened = await startTestApp({ dataDir: app.workspace.dataDir, clock: app.clock });
    await reopened.caughtUp;
    const invoices = await scheduledInvoices(reopened, accountId);
    expect(invoices.map((invoice) => [invoice.issueDate, invoice.status, invoice.totalMinor])).toEqual([
      ['2026-12-01', 'draft', 119_000],
      ['2027-01-01', 'draft', 119_000],
      ['2027-02-01', 'draft', 119_000],
    ]);

    expect(await reopened.call('schedules.runNow', {})).toEqual({
      created: 0,
      issued: 0,
      emailed: 0,
      failed: 0,
    });
    expect(await scheduledInvoices(reopened, accountId)).toHaveLength(3);
  });

  // Two processes at once are in catch-up-process.test.ts: two apps in one process cannot write at once,
  // since better-sqlite3 waits for the other connection's lock synchronously, blocking the thread it needs.
  it('runs started together in one app, and a second app opened after, make each period once', async () => {
    const { app, accountId, monthly } = await startScheduleApp();
    await monthly({ unit: 'week', startDate: '2026-09-01' });
    const reports = await Promise.all([app.call('schedules.runNow', {}), app.call('schedules.runNow', {})]);
    // Weekly from Tuesday 1 September through Tuesday 24 November: 13 periods.
    expect(reports.map((report) => report.created).sort()).toEqual([0, 13]);
    await closeTestApp(app);

    const second = await startTestApp({ dataDir: app.workspace.dataDir, clock: app.clock });
    await second.caughtUp;
    const invoices = await scheduledInvoices(second, accountId);
    expect(new Set(invoices.map((invoice) => invoice.issueDate)).size).toBe(13);
    expect(invoices).toHaveLength(13);
  });

  it('clamps the 31st to the month’s last day and returns to the 31st', async () => {
    const { app, accountId, monthly } = await startScheduleApp();
    await monthly({ startDate: '2027-01-31' });
    app.clock.advance(130 * dayMs);
    await app.call('schedules.runNow', {});
    const dates = (await scheduledInvoices(app, accountId)).map((invoice) => invoice.issueDate);
    expect(dates).toEqual(['2027-01-31', '2027-02-28', '2027-03-31']);
  });

  it('a paused schedule skips its periods and resuming does not back-fill them', async () => {
    const { app, accountId, monthly } = await startScheduleApp();
    const id = await monthly();
    await app.call('schedules.pause', { id });
    app.clock.advance(65 * dayMs); // 2027-01-28: December and January fell while paused
    expect((await app.call('schedules.runNow', {})).created).toBe(0);

    const resumed = await app.call('schedules.resume', { id });
    expect(resumed.nextRuns).toEqual(['2027-02-01', '2027-03-01', '2027-04-01']);
    expect((await app.call('schedules.runNow', {})).created).toBe(0);
    app.clock.advance(4 * dayMs);
    await app.call('schedules.runNow', {});
    const dates = (await scheduledInvoices(app, accountId)).map((invoice) => invoice.issueDate);
    expect(dates).toEqual(['2027-02-01']);
  });

  it('stops at the occurrence count, at the end date, and once ended', async () => {
    const { app, accountId, monthly } = await startScheduleApp();
    const counted = await monthly({ count: 2 });
    await monthly({ endDate: '2027-01-15', dayOfMonth: 15 });
    const ended = await monthly({ dayOfMonth: 20 });
    await app.call('schedules.end', { id: ended });
    app.clock.advance(200 * dayMs);
    await app.call('schedules.runNow', {});
    const dates = (await scheduledInvoices(app, accountId)).map((invoice) => invoice.issueDate);
    expect(dates).toEqual(['2026-12-01', '2026-12-15', '2027-01-01', '2027-01-15']);
    const schedule = await app.call('schedules.get', { id: counted });
    expect([schedule.status, schedule.nextRuns, schedule.runCount]).toEqual(['finished', [], 2]);
    expect((await app.call('schedules.get', { id: ended })).status).toBe('ended');
  });

  it('edited lines change only the invoices made after the edit', async () => {
    const { app, accountId, monthly, vat19 } = await startScheduleApp();
    const id = await monthly();
    app.clock.advance(10 * dayMs);
    await app.call('schedules.runNow', {});
    await app.call('schedules.update', {
      id,
      changes: {
        lines: [
          { description: 'Retainer, more hours', quantity: '2', unitPriceMinor: 100_000, taxRateId: vat19 },
        ],
      },
    });
    app.clock.advance(31 * dayMs);
    await app.call('schedules.runNow', {});
    const invoices = await scheduledInvoices(app, accountId);
    const descriptions = await Promise.all(
      invoices.map(async (row) =>
        (await app.call('invoices.get', { id: row.id })).lines.map((line) => line.description),
      ),
    );
    expect(descriptions).toEqual([['Monthly retainer'], ['Retainer, more hours']]);
    expect(invoices.map((row) => row.totalMinor)).toEqual([119_000, 238_000]);
  });

  it('auto-issues through the one issuing path, numbered in date order', async () => {
    const { app, accountId, monthly } = await startScheduleApp();
    await monthly({ autoIssue: true });
    app.clock.advance(40 * dayMs);
    expect(await app.call('schedules.runNow', {})).toEqual({ created: 2, issued: 2, emailed: 0, failed: 0 });
    const invoices = await scheduledInvoices(app, accountId);
    expect(invoices.map((row) => [row.issueDate, row.status, row.number])).toEqual([
      ['2026-12-01', 'issued', 'INV-2026-0001'],
      ['2027-01-01', 'issued', 'INV-2027-0001'],
    ]);
  });

  it('keeps the draft and shows why when auto-issue is refused', async () => {
    const { app, accountId, monthly } = await startScheduleApp({ unnamed: true });
    const id = await monthly({ autoIssue: true });
    app.clock.advance(10 * dayMs);
    expect(await app.call('schedules.runNow', {})).toEqual({ created: 1, issued: 0, emailed: 0, failed: 1 });
    const [invoice] = await scheduledInvoices(app, accountId);
    expect(invoice?.status).toBe('draft');
    const [run] = (await app.call('schedules.get', { id })).runs;
    expect(run).toMatchObject({ periodDate: '2026-12-01', invoiceId: invoice?.id, invoiceStatus: 'draft' });
    expect(run?.issueError).toMatch(/legal name/);
  });

  it('a deleted draft of a period is not made again', async () => {
    const { app, accountId, monthly } = await startScheduleApp();
    const id = await monthly();
    app.clock.advance(10 * dayMs);
    await app.call('schedules.runNow', {});
    const [made] = await scheduledInvoices(app, accountId);
    await app.call('invoices.delete', { id: made?.id ?? 0 });
    expect((await app.call('schedules.runNow', {})).created).toBe(0);
    const [run] = (await app.call('schedules.get', { id })).runs;
    expect(run).toMatchObject({ periodDate: '2026-12-01', invoiceId: null });
  });

  it('catches up every hour while the app runs, and stops when it closes', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const { app, accountId, monthly } = await startScheduleApp();
      await monthly();
      app.clock.advance(10 * dayMs);
      expect(await scheduledInvoices(app, accountId)).toEqual([]);
      vi.advanceTimersByTime(3_600_000);
      await vi.waitFor(async () => expect(await scheduledInvoices(app, accountId)).toHaveLength(1));
      // Two hourly runs: this catch-up and the reminders'.
      expect(vi.getTimerCount()).toBe(2);
      await closeTestApp(app);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a schedule whose draft cannot be made stops there and says why; the others and the app go on', async () => {
    const { app, accountId, monthly } = await startScheduleApp();
    const broken = await monthly({ name: 'Broken' });
    await monthly({ name: 'Fine', dayOfMonth: 2 });
    // A line on a rate that no longer exists, as a damaged or hand-edited file could hold.
    app.workspace.sqlite
      .prepare("UPDATE schedules SET lines = json_set(lines, '$[0].taxRateId', 999) WHERE id = ?")
      .run(broken);
    await closeTestApp(app);
    app.clock.advance(10 * dayMs);
    const reopened = await startTestApp({ dataDir: app.workspace.dataDir, clock: app.clock });
    await reopened.caughtUp;
    const dates = (await scheduledInvoices(reopened, accountId)).map((invoice) => invoice.issueDate);
    expect(dates).toEqual(['2026-12-02']);
    const stopped = await reopened.call('schedules.get', { id: broken });
    expect(stopped.lastError).toMatch(/^2026-12-01: /);
    expect(stopped.nextRuns[0]).toBe('2026-12-01');
  });
});
