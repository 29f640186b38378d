import { describe, expect, it } from 'vitest';
import type { LateFeeAmount, LateFeeSettings } from '../../shared/reminders';
import { lateFeeMinor } from './late-fees';
import { dayMs, type ReminderApp, startReminderApp } from './reminder-fixtures';

describe('a late fee’s amount', () => {
  it('is a percent of the balance, exact and rounded half-up, in any currency’s minor units', () => {
    const percent = (text: string) => ({ kind: 'percent', percent: text }) as const;
    expect(lateFeeMinor(percent('1.5'), 119_000, 'EUR')).toBe(1_785);
    expect(lateFeeMinor(percent('1.5'), 100, 'EUR')).toBe(2);
    expect(lateFeeMinor(percent('1.5'), 10_001, 'JPY')).toBe(150);
    expect(lateFeeMinor(percent('2'), 12_345, 'JPY')).toBe(247);
    expect(lateFeeMinor(percent('0.1'), 4, 'EUR')).toBeNull();
  });

  it('is the fixed amount of the invoice’s currency, and none when that currency has none', () => {
    const fixed: LateFeeAmount = {
      kind: 'fixed',
      amounts: [
        { currency: 'EUR', amountMinor: 4_000 },
        { currency: 'JPY', amountMinor: 1_500 },
      ],
    };
    expect(lateFeeMinor(fixed, 1, 'JPY')).toBe(1_500);
    expect(lateFeeMinor(fixed, 1, 'USD')).toBeNull();
  });
});

const enable = async ({ app }: ReminderApp, changes: Partial<LateFeeSettings>) => {
  const { steps, lateFees } = await app.call('reminders.settings', {});
  await app.call('reminders.updateSettings', {
    steps: steps.map(({ offsetDays, escalate }) => ({ offsetDays, escalate })),
    lateFees: { ...lateFees, enabled: true, ...changes },
  });
};

const linesOf = async ({ app }: ReminderApp, id: number) =>
  (await app.call('invoices.get', { id })).lines.map((line) => [line.description, line.unitPriceMinor]);

describe('late fees on the next invoice', () => {
  it('are charged once after N days overdue and billed on the account’s next draft in that currency', async () => {
    const fixture = await startReminderApp();
    const { app, accountId, companyId, dueOn } = fixture;
    await enable(fixture, {
      mode: 'next_invoice',
      amount: { kind: 'percent', percent: '1.5' },
      afterDays: 30,
    });
    const late = await dueOn('2026-10-20');
    const notYet = await dueOn('2026-11-01');
    expect((await app.call('reminders.runNow', {})).lateFees).toBe(1);
    expect((await app.call('reminders.runNow', {})).lateFees).toBe(0);
    expect((await app.call('reminders.forInvoice', { invoiceId: notYet })).lateFee).toBeNull();
    expect((await app.call('reminders.forInvoice', { invoiceId: late })).lateFee).toEqual({
      amountMinor: 1_785,
      currency: 'EUR',
      chargedOn: '2026-11-24',
      billedInvoiceId: null,
      billedInvoiceNumber: null,
    });
    expect((await app.call('invoices.get', { id: late })).events.at(-1)).toMatchObject({
      kind: 'late_fee_charged',
      detail: { amountMinor: 1_785, currency: 'EUR', mode: 'next_invoice' },
    });

    const inDollars = await app.call('invoices.create', { companyId, currency: 'USD' });
    expect(inDollars.lines).toEqual([]);
    const next = await app.call('invoices.createFromAccount', { accountId });
    expect(await linesOf(fixture, next.id)).toEqual([['Late fee for INV-2026-0001', 1_785]]);
    expect((await app.call('invoices.get', { id: next.id })).totals.totalMinor).toBe(1_785);
    expect((await app.call('reminders.forInvoice', { invoiceId: late })).lateFee).toMatchObject({
      billedInvoiceId: next.id,
    });
    const after = await app.call('invoices.createFromAccount', { accountId });
    expect(after.lines).toEqual([]);

    app.clock.advance(10 * dayMs);
    await app.call('reminders.runNow', {});
    expect((await app.call('reminders.forInvoice', { invoiceId: notYet })).lateFee).toMatchObject({
      amountMinor: 1_785,
    });
  });

  it('are charged on nothing paid, nothing void, and nothing while disabled', async () => {
    const fixture = await startReminderApp();
    const { app, dueOn } = fixture;
    const late = await dueOn('2026-09-01');
    await app.call('reminders.runNow', {});
    expect((await app.call('reminders.forInvoice', { invoiceId: late })).lateFee).toBeNull();
    await enable(fixture, { afterDays: 10 });
    await app.call('invoices.recordPayment', {
      invoiceId: late,
      paidOn: '2026-11-24',
      amountMinor: 119_000,
      method: 'card',
    });
    await app.call('invoices.void', { id: await dueOn('2026-09-01'), reason: 'Wrong customer' });
    expect((await app.call('reminders.runNow', {})).lateFees).toBe(0);
  });
});

describe('late fees on an invoice of their own', () => {
  it('make one draft for the account with one line, in a zero-exponent currency too', async () => {
    const fixture = await startReminderApp();
    const { app, accountId, dueOn } = fixture;
    await enable(fixture, {
      mode: 'own_invoice',
      amount: { kind: 'fixed', amounts: [{ currency: 'JPY', amountMinor: 1_500 }] },
      afterDays: 14,
    });
    const late = await dueOn('2026-11-01', 'JPY');
    await dueOn('2026-11-01');
    expect((await app.call('reminders.runNow', {})).lateFees).toBe(1);
    await app.call('reminders.runNow', {});
    const fee = (await app.call('reminders.forInvoice', { invoiceId: late })).lateFee;
    expect(fee).toMatchObject({ amountMinor: 1_500, currency: 'JPY', billedInvoiceNumber: null });
    const draft = await app.call('invoices.get', { id: fee?.billedInvoiceId ?? 0 });
    expect(draft).toMatchObject({ status: 'draft', accountId, currency: 'JPY' });
    expect(await linesOf(fixture, draft.id)).toEqual([['Late fee for INV-2026-0001', 1_500]]);
    // Exempt by default: the fee is its own amount.
    expect(draft.totals.totalMinor).toBe(1_500);
    const drafts = await app.call('invoices.list', { status: 'draft' });
    expect(drafts.rows).toHaveLength(1);
  });
});
