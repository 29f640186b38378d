import { describe, expect, it } from 'vitest';
import { failure } from '../invoices/invoice-fixtures';
import { startEstimatingApp } from './estimate-fixtures';

const day = 24 * 60 * 60 * 1000;

describe('estimate drafts', () => {
  it('start dated today, valid for thirty days, with the workspace defaults', async () => {
    const { app, estimate } = await startEstimatingApp();
    const draft = await app.call('estimates.get', { id: await estimate() });
    expect(draft).toMatchObject({
      status: 'draft',
      number: null,
      issueDate: '2026-11-24',
      validUntil: '2026-12-24',
      currency: 'EUR',
      customerName: 'Ærøskøbing Shipping ApS',
      // The template's terms ask for payment; that is for the invoice.
      terms: '',
    });
    expect(draft.totalMinor).toBe(draft.totals.totalMinor);
    expect(draft.events.map((event) => event.kind)).toEqual(['created']);
  });

  it('start from a deal with its customer, people and line items', async () => {
    const { app, companyId, contactId, vat7 } = await startEstimatingApp();
    const deal = await app.call('deals.create', { title: 'Rebrand', companyId, contactIds: [contactId] });
    await app.call('deals.update', {
      id: deal.id,
      changes: {
        lineItems: [
          { description: 'Logo', quantity: '1', unitPriceMinor: 80_000, unit: '', taxRateId: vat7 },
        ],
      },
    });
    const created = await app.call('estimates.create', { dealId: deal.id });
    expect(created).toMatchObject({ companyId, contactIds: [contactId], dealId: deal.id });
    expect(created.lines).toMatchObject([{ description: 'Logo', unitPriceMinor: 80_000, taxRateId: vat7 }]);
  });

  it('refuse a validity date before the estimate date', async () => {
    const { app, estimate } = await startEstimatingApp();
    const error = await failure(app, 'estimates.update', {
      id: await estimate(),
      changes: { validUntil: '2026-11-01' },
    });
    expect(error).toMatchObject({ code: 'invalid_input', fields: { validUntil: expect.any(String) } });
  });
});

describe('sending', () => {
  it('numbers estimates from their own series without gaps, even after a refused send', async () => {
    const { app, estimate, sent } = await startEstimatingApp();
    expect((await app.call('estimates.get', { id: await sent() })).number).toBe('EST-2026-0001');
    const empty = await estimate({ lines: [], discountMinor: null });
    expect(await failure(app, 'estimates.send', { id: empty })).toMatchObject({
      code: 'conflict',
      fields: { lines: 'Add at least one line' },
    });
    const second = await app.call('estimates.get', { id: await sent() });
    expect(second).toMatchObject({
      number: 'EST-2026-0002',
      status: 'sent',
      sentAt: '2026-11-24T09:00:00.000Z',
    });
    const invoices = await app.call('invoices.list', {});
    expect(invoices.total).toBe(0);
  });

  it('keeps its series from giving an estimate number again', async () => {
    const { app, sent } = await startEstimatingApp();
    await sent();
    const series = (await app.call('numbering.list', {})).find((one) => one.documentKind === 'estimate');
    const error = await failure(app, 'numbering.update', {
      id: series?.id,
      changes: { yearlyReset: false },
    });
    expect(error).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('EST-2026-0001') });
  });

  it('freezes what a sent estimate says, in the service and in the database', async () => {
    const { app, sent } = await startEstimatingApp();
    const id = await sent();
    expect(await failure(app, 'estimates.update', { id, changes: { notes: 'Changed' } })).toMatchObject({
      code: 'conflict',
      message: 'EST-2026-0001 is sent and can no longer be changed',
    });
    expect((await failure(app, 'estimates.delete', { id })).code).toBe('conflict');
    const sqlite = app.workspace.sqlite;
    expect(() => sqlite.prepare('UPDATE estimates SET total_minor = 1 WHERE id = ?').run(id)).toThrow(
      'A sent estimate cannot be edited',
    );
    expect(() =>
      sqlite.prepare('UPDATE estimate_lines SET quantity = ? WHERE estimate_id = ?').run('9', id),
    ).toThrow('The lines of a sent estimate cannot change');
    expect(() => sqlite.prepare('DELETE FROM estimate_recipients WHERE estimate_id = ?').run(id)).toThrow(
      'The recipients of a sent estimate cannot change',
    );
    expect(() => sqlite.prepare(`UPDATE estimates SET status = 'draft' WHERE id = ?`).run(id)).toThrow();
    expect(() => sqlite.prepare('DELETE FROM estimates WHERE id = ?').run(id)).toThrow(
      'A sent estimate cannot be deleted',
    );
    expect(() => sqlite.prepare('DELETE FROM estimate_events WHERE estimate_id = ?').run(id)).toThrow(
      'append-only',
    );
  });
});

describe('answers', () => {
  it('record who approved and when; the name defaults to the workspace’s legal name', async () => {
    const { app, sent } = await startEstimatingApp();
    const typed = await app.call('estimates.approve', { id: await sent(), by: 'Mette Jensen' });
    expect(typed).toMatchObject({
      status: 'approved',
      decidedBy: 'Mette Jensen',
      decidedAt: '2026-11-24T09:00:00.000Z',
    });
    const defaulted = await app.call('estimates.decline', { id: await sent() });
    expect(defaulted).toMatchObject({ status: 'declined', decidedBy: 'Zoë Łukasz-Müller Consulting' });
    expect(await failure(app, 'estimates.approve', { id: defaulted.id })).toMatchObject({
      code: 'conflict',
      message: 'EST-2026-0002 is already declined',
    });
    expect(() =>
      app.workspace.sqlite.prepare(`UPDATE estimates SET decided_by = 'Someone' WHERE id = ?`).run(typed.id),
    ).toThrow('A recorded decision cannot change');
  });

  it('derive expiry from the clock and refuse to approve an expired estimate', async () => {
    const { app, sent } = await startEstimatingApp();
    const id = await sent({ validUntil: '2026-11-30' });
    expect((await app.call('estimates.get', { id })).status).toBe('sent');
    app.clock.advance(6 * day);
    expect((await app.call('estimates.get', { id })).status).toBe('sent');
    app.clock.advance(day);
    expect((await app.call('estimates.get', { id })).status).toBe('expired');
    const listed = await app.call('estimates.list', { status: 'expired' });
    expect(listed.rows.map((row) => row.id)).toEqual([id]);
    expect((await app.call('estimates.list', { status: 'sent' })).total).toBe(0);
    expect(await failure(app, 'estimates.approve', { id })).toMatchObject({
      code: 'conflict',
      message:
        'EST-2026-0001 expired on 2026-11-30 and can no longer be approved; send a new estimate instead',
    });
    const stored = app.workspace.sqlite.prepare('SELECT status FROM estimates WHERE id = ?').pluck().get(id);
    expect(stored).toBe('sent');
  });
});

describe('the list', () => {
  it('finds estimates by number or customer and filters by status', async () => {
    const { app, estimate, sent } = await startEstimatingApp();
    const draft = await estimate();
    const first = await sent();
    const other = await app.call('companies.create', { name: 'Nordlys AS' });
    const second = await sent({ companyId: other.id, contactIds: [] });
    const ids = async (input: Parameters<typeof app.call<'estimates.list'>>[1]) =>
      (await app.call('estimates.list', input)).rows.map((row) => row.id);
    expect(await ids({ query: 'EST-2026-0001' })).toEqual([first]);
    expect(await ids({ query: 'nordlys' })).toEqual([second]);
    expect(await ids({ query: 'aerosk' })).toEqual([first, draft]);
    expect(await ids({ status: 'draft' })).toEqual([draft]);
    expect((await app.call('estimates.list', {})).total).toBe(3);
  });
});
