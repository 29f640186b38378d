import { describe, expect, it } from 'vitest';
import { failure } from '../invoices/invoice-fixtures';
import { dayMs, startScheduleApp } from './schedule-fixtures';

describe('recurring invoice schedules', () => {
  it('made from a won deal, bills its account with the deal’s line items and currency', async () => {
    const { app, accountId, dealId, vat19 } = await startScheduleApp();
    const schedule = await app.call('schedules.create', {
      dealId,
      unit: 'month',
      interval: 3,
      startDate: '2026-12-15',
    });
    expect(schedule).toMatchObject({
      accountId,
      dealId,
      customerName: 'Acme Rockets',
      name: 'Recurring invoice',
      dayOfMonth: 15,
      currency: 'EUR',
      status: 'active',
      nextRuns: ['2026-12-15', '2027-03-15', '2027-06-15'],
      runs: [],
    });
    expect(schedule.lines).toEqual([
      expect.objectContaining({ description: 'Support retainer', unitPriceMinor: 150_000, taxRateId: vat19 }),
    ]);
    expect(await app.call('schedules.list', { dealId })).toHaveLength(1);
    expect(await app.call('schedules.list', { accountId: accountId + 1 })).toEqual([]);
  });

  it('shows missed periods first in its preview, and its history links the invoices made', async () => {
    const { app, monthly } = await startScheduleApp();
    const id = await monthly({ startDate: '2026-10-01' });
    expect((await app.call('schedules.get', { id })).nextRuns).toEqual([
      '2026-10-01',
      '2026-11-01',
      '2026-12-01',
    ]);
    await app.call('schedules.runNow', {});
    const schedule = await app.call('schedules.get', { id });
    expect(schedule.nextRuns).toEqual(['2026-12-01', '2027-01-01', '2027-02-01']);
    expect(schedule.runs.map((run) => [run.periodDate, run.invoiceStatus, run.totalMinor])).toEqual([
      ['2026-11-01', 'draft', 119_000],
      ['2026-10-01', 'draft', 119_000],
    ]);
    const invoice = await app.call('invoices.get', { id: schedule.runs[0]?.invoiceId ?? 0 });
    expect([invoice.issueDate, invoice.accountId]).toEqual(['2026-11-01', schedule.accountId]);
  });

  it('once it has made invoices, a changed rule applies from today without back-filling', async () => {
    const { app, accountId, monthly } = await startScheduleApp();
    const id = await monthly({ startDate: '2026-11-01' });
    await app.call('schedules.runNow', {});
    const changed = await app.call('schedules.update', { id, changes: { dayOfMonth: 10 } });
    expect(changed.nextRuns).toEqual(['2026-12-10', '2027-01-10', '2027-02-10']);
    app.clock.advance(20 * dayMs);
    await app.call('schedules.runNow', {});
    const { rows } = await app.call('invoices.list', { accountId, sort: 'issueDate', direction: 'asc' });
    expect(rows.map((row) => row.issueDate)).toEqual(['2026-11-01', '2026-12-10']);
  });

  it('refuses what it could never bill, beside the field', async () => {
    const { app, accountId, vat19 } = await startScheduleApp();
    const line = { description: 'Retainer', quantity: '1', unitPriceMinor: 1000, taxRateId: vat19 };
    expect(
      await failure(app, 'schedules.create', { unit: 'month', startDate: '2026-12-01', lines: [line] }),
    ).toMatchObject({
      fields: { accountId: 'Choose an account' },
    });
    expect(
      await failure(app, 'schedules.create', { accountId, unit: 'month', startDate: '2026-12-01' }),
    ).toMatchObject({
      fields: { lines: 'Add at least one line' },
    });
    expect(
      await failure(app, 'schedules.create', {
        accountId,
        unit: 'month',
        startDate: '2026-12-01',
        endDate: '2026-11-01',
        lines: [line],
      }),
    ).toMatchObject({ fields: { endDate: 'End on or after the start date' } });
    expect(
      await failure(app, 'schedules.create', {
        accountId,
        unit: 'week',
        startDate: '2026-12-01',
        lines: [{ ...line, taxRateId: 999 }],
      }),
    ).toMatchObject({ code: 'invalid_input' });
  });

  it('an ended schedule can no longer be changed, paused or resumed', async () => {
    const { app, monthly } = await startScheduleApp();
    const id = await monthly();
    const ended = await app.call('schedules.end', { id });
    expect([ended.status, ended.nextRuns]).toEqual(['ended', []]);
    for (const channel of ['schedules.pause', 'schedules.resume', 'schedules.end']) {
      expect(await failure(app, channel, { id })).toMatchObject({ code: 'conflict' });
    }
    expect(await failure(app, 'schedules.update', { id, changes: { name: 'Again' } })).toMatchObject({
      code: 'conflict',
    });
  });
});
