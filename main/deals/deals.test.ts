import { describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test-support';

const stageNamed = async (app: TestApp, name: string) => {
  const [pipeline] = await app.call('pipelines.list', {});
  const stage = pipeline?.stages.find((s) => s.name === name);
  if (!stage) throw new Error(`no stage ${name}`);
  return stage;
};

describe('the path from lead to account', () => {
  it('keeps a lead’s note reachable from the account after qualifying and winning', async () => {
    const app = await startTestApp();
    const lead = await app.call('leads.create', {
      firstName: 'Zoë',
      lastName: 'Łukasz-Müller',
      email: 'zoe@aero.dk',
      title: 'Founder',
      companyName: 'Ærøskøbing Design',
      source: 'referral',
    });
    await app.call('activities.create', { kind: 'note', body: 'Met at the Berlin meetup', leadId: lead.id });

    const qualified = await app.call('leads.qualify', {
      id: lead.id,
      valueMinor: 1_250_000,
      currency: 'EUR',
    });
    expect(qualified.lead).toMatchObject({ status: 'qualified', dealId: qualified.dealId });
    const company = await app.call('companies.get', { id: qualified.companyId ?? 0 });
    const contact = await app.call('contacts.get', { id: qualified.contactId ?? 0 });
    expect(company.name).toBe('Ærøskøbing Design');
    expect(contact).toMatchObject({ firstName: 'Zoë', emails: ['zoe@aero.dk'], companyId: company.id });

    const deal = await app.call('deals.get', { id: qualified.dealId });
    expect(deal).toMatchObject({ title: 'Ærøskøbing Design deal', stageName: 'Qualified', leadId: lead.id });
    expect(deal.contacts.map((c) => c.id)).toEqual([contact.id]);

    const won = await app.call('deals.move', { id: deal.id, stageId: (await stageNamed(app, 'Won')).id });
    expect(won.outcome).toBe('won');
    const account = await app.call('accounts.get', { id: won.accountId ?? 0 });
    expect(account).toMatchObject({
      companyId: company.id,
      status: 'active',
      since: '2026-11-24',
      wonDeals: 1,
    });
    expect(account.wonValue).toEqual([{ minor: 1_250_000, currency: 'EUR' }]);

    const history = await app.call('activities.timeline', { of: 'account', id: account.id });
    const notes = history.flatMap((item) => (item.type === 'activity' ? [item.activity.body] : []));
    expect(notes).toEqual(['Met at the Berlin meetup']);
    const changes = history.flatMap((item) => (item.type === 'deal' ? [item.change.kind] : []));
    expect(changes.sort()).toEqual(['created', 'won']);
    expect((await app.call('activities.timeline', { of: 'contact', id: contact.id })).length).toBeGreaterThan(
      0,
    );
  });

  it('reuses the company and contact that already exist instead of duplicating them', async () => {
    const app = await startTestApp();
    const company = await app.call('companies.create', { name: 'Northwind' });
    const contact = await app.call('contacts.create', {
      firstName: 'Ada',
      emails: ['ADA@northwind.example'],
    });
    const lead = await app.call('leads.create', {
      firstName: 'Ada',
      email: 'ada@northwind.example',
      companyName: 'northwind',
    });
    const qualified = await app.call('leads.qualify', { id: lead.id });
    expect(qualified).toMatchObject({ companyId: company.id, contactId: contact.id });
    expect((await app.call('companies.list', { status: 'all' })).total).toBe(1);
    await expect(app.call('leads.qualify', { id: lead.id })).rejects.toThrow(/already qualified/);
  });
});

describe('deals', () => {
  const setUp = async () => {
    const app = await startTestApp();
    const company = await app.call('companies.create', { name: 'Acme' });
    const deal = await app.call('deals.create', {
      title: 'Website',
      companyId: company.id,
      valueMinor: 500_00,
    });
    return { app, company, deal };
  };

  it('start in the first stage in the workspace currency and record every stage move', async () => {
    const { app, deal } = await setUp();
    expect(deal).toMatchObject({ stageName: 'Qualified', currency: 'EUR', outcome: 'open', probability: 10 });
    const proposal = await stageNamed(app, 'Proposal sent');
    app.clock.advance(60_000);
    await app.call('deals.move', { id: deal.id, stageId: proposal.id });
    const history = await app.call('deals.history', { id: deal.id });
    expect(history.map((h) => [h.kind, h.fromStage, h.toStage])).toEqual([
      ['created', null, 'Qualified'],
      ['moved', 'Qualified', 'Proposal sent'],
    ]);
  });

  it('can only be won with a company, and only lost with a reason', async () => {
    const { app, deal } = await setUp();
    const orphan = await app.call('deals.create', { title: 'No company yet' });
    expect(await app.send('deals.win', { id: orphan.id })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { companyId: expect.any(String) } },
    });
    const lost = await stageNamed(app, 'Lost');
    expect(await app.send('deals.move', { id: deal.id, stageId: lost.id })).toMatchObject({
      ok: false,
      error: { fields: { reason: 'Reason is required' } },
    });
    expect((await app.call('deals.get', { id: deal.id })).outcome).toBe('open');
    const closed = await app.call('deals.lose', { id: deal.id, reason: 'Budget cut' });
    expect(closed).toMatchObject({ outcome: 'lost', closeReason: 'Budget cut', accountId: null });
  });

  it('reopen into the stage they left, and the account keeps its history', async () => {
    const { app, deal } = await setUp();
    const negotiation = await stageNamed(app, 'Negotiation');
    await app.call('deals.move', { id: deal.id, stageId: negotiation.id });
    const won = await app.call('deals.win', { id: deal.id, reason: 'Signed' });
    const reopened = await app.call('deals.reopen', { id: deal.id });
    expect(reopened).toMatchObject({
      stageName: 'Negotiation',
      outcome: 'open',
      closedAt: null,
      closeReason: '',
    });
    expect(reopened.accountId).toBe(won.accountId);
    const kinds = (await app.call('deals.history', { id: deal.id })).map((h) => h.kind);
    expect(kinds).toEqual(['created', 'moved', 'won', 'reopened']);
    expect(await app.send('deals.reopen', { id: deal.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('a second won deal joins the existing account, and a churned account becomes active again', async () => {
    const { app, company, deal } = await setUp();
    const first = await app.call('deals.win', { id: deal.id });
    await app.call('accounts.update', { id: first.accountId ?? 0, changes: { status: 'churned' } });
    const next = await app.call('deals.create', {
      title: 'Retainer',
      companyId: company.id,
      valueMinor: 9_000,
      currency: 'USD',
    });
    const second = await app.call('deals.win', { id: next.id });
    expect(second.accountId).toBe(first.accountId);
    const account = await app.call('accounts.get', { id: second.accountId ?? 0 });
    expect(account.status).toBe('active');
    expect(account.wonValue).toEqual([
      { minor: 500_00, currency: 'EUR' },
      { minor: 9_000, currency: 'USD' },
    ]);
    expect((await app.call('accounts.list', {})).total).toBe(1);
  });

  it('show on the board by stage with counts, totals per currency and the order they were dropped in', async () => {
    const { app, company, deal } = await setUp();
    const second = await app.call('deals.create', {
      title: 'Logo',
      companyId: company.id,
      valueMinor: 100,
      currency: 'USD',
    });
    const third = await app.call('deals.create', { title: 'Print', companyId: company.id, valueMinor: 300 });
    await app.call('deals.move', { id: third.id, stageId: deal.stageId, beforeId: deal.id });
    const board = await app.call('deals.board', {});
    const first = board.columns[0];
    expect(first?.deals.map((d) => d.title)).toEqual(['Print', 'Website', 'Logo']);
    expect(first).toMatchObject({
      count: 3,
      totals: [
        { minor: 500_00 + 300, currency: 'EUR' },
        { minor: 100, currency: 'USD' },
      ],
    });
    expect(board.columns.map((c) => c.stage.outcome)).toEqual([
      'open',
      'open',
      'open',
      'open',
      'won',
      'lost',
    ]);
    expect(second.stageId).toBe(deal.stageId);
  });

  it('sort and filter in the table view', async () => {
    const { app, company } = await setUp();
    await app.call('deals.create', { title: 'Big one', companyId: company.id, valueMinor: 900_00 });
    await app.call('deals.create', { title: 'Small one', valueMinor: 10_00 });
    const byValue = await app.call('deals.list', { sort: 'value', direction: 'desc' });
    expect(byValue.rows.map((d) => d.title)).toEqual(['Big one', 'Website', 'Small one']);
    expect((await app.call('deals.list', { query: 'acme' })).total).toBe(2);
    expect((await app.call('deals.list', { query: '100%' })).total).toBe(0);
  });
});
