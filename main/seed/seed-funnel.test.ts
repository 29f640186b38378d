import type { Selectable } from 'kysely';
import { describe, expect, it } from 'vitest';
import { dealCreateInput } from '../../shared/deals';
import { leadCreateInput } from '../../shared/leads';
import type { DealsTable, LeadsTable } from '../db/schema';
import { startTestApp, type TestApp } from '../test-support';
import { seedWorkspace } from './seed-workspace';

const now = new Date('2026-11-24T09:00:00.000Z');
const dayMs = 86_400_000;

const seeded = async (contacts: number, seed = 1) => {
  const app = await startTestApp();
  const result = await seedWorkspace(app.workspace, { contacts, now, seed });
  return { app, result };
};

const rows = <T>(app: TestApp, sql: string, ...params: unknown[]) =>
  app.workspace.sqlite.prepare(sql).all(...params) as T[];

const value = <T>(app: TestApp, sql: string, ...params: unknown[]) =>
  app.workspace.sqlite
    .prepare(sql)
    .pluck()
    .get(...params) as T;

const funnelTables = [
  'leads',
  'deals',
  'deal_contacts',
  'deal_line_items',
  'deal_stage_changes',
  'accounts',
  'activities',
];

const shares = <K extends string>(app: TestApp, sql: string) => {
  const counted = rows<{ key: K; n: number }>(app, sql);
  const total = counted.reduce((sum, row) => sum + row.n, 0);
  return Object.fromEntries(counted.map((row) => [row.key, row.n / total])) as Record<K, number>;
};

describe('seeding the funnel', () => {
  it('gives the same leads, deals, accounts and activities, row for row, for the same seed and clock', async () => {
    const first = await seeded(400, 42);
    const again = await seeded(400, 42);
    const other = await seeded(400, 43);
    for (const table of funnelTables) {
      const all = `SELECT * FROM ${table} ORDER BY 1, 2`;
      expect(rows(again.app, all), table).toEqual(rows(first.app, all));
    }
    expect(rows(other.app, 'SELECT * FROM deals')).not.toEqual(rows(first.app, 'SELECT * FROM deals'));
  });

  it('scales with the contacts: a lead per four, three deals per ten, three activities each', async () => {
    const { app, result } = await seeded(2000);
    expect(result).toMatchObject({ contacts: 2000, leads: 500, deals: 600, activities: 6000 });
    expect(result.accounts).toBe(value(app, 'SELECT count(*) FROM accounts'));
    expect(value(app, 'SELECT count(*) FROM activities')).toBe(6000);

    const explicit = await startTestApp();
    const counts = { contacts: 100, leads: 7, deals: 9, activities: 11 };
    expect(await seedWorkspace(explicit.workspace, { ...counts, now })).toMatchObject(counts);
    const none = await startTestApp();
    const empty = { contacts: 0, companies: 0, leads: 0, deals: 0, activities: 0 };
    expect(await seedWorkspace(none.workspace, { ...empty, now })).toEqual({
      ...empty,
      accounts: 0,
      invoices: 0,
      catalogItems: 10,
    });
  });

  it('has the proportions of a consultant’s funnel', async () => {
    const { app } = await seeded(2000);
    const leads = shares(app, 'SELECT status AS key, count(*) AS n FROM leads GROUP BY status');
    expect(leads.qualified).toBeGreaterThan(0.08);
    expect(leads.qualified).toBeLessThan(0.22);
    for (const status of ['new', 'contacted', 'disqualified'] as const) {
      expect(leads[status], status).toBeGreaterThan(0.15);
    }
    expect(
      value(app, `SELECT count(*) FROM leads WHERE status = 'disqualified' AND disqualify_reason = ''`),
    ).toBe(0);
    expect(value(app, 'SELECT count(DISTINCT source) FROM leads')).toBeGreaterThanOrEqual(6);
    const linked = value<number>(app, 'SELECT count(*) FROM leads WHERE contact_id IS NOT NULL') / 500;
    expect(linked).toBeGreaterThan(0.2);
    expect(linked).toBeLessThan(0.5);

    const outcomes = shares(
      app,
      'SELECT s.outcome AS key, count(*) AS n FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id GROUP BY 1',
    );
    expect(outcomes.open).toBeGreaterThan(0.45);
    expect(outcomes.won).toBeGreaterThan(0.12);
    expect(outcomes.lost).toBeGreaterThan(0.12);
    const currencies = shares(app, 'SELECT currency AS key, count(*) AS n FROM deals GROUP BY currency');
    expect(currencies.EUR).toBeGreaterThan(0.6);
    expect(Object.keys(currencies).length).toBeGreaterThanOrEqual(4);
    const withItems = value<number>(app, 'SELECT count(DISTINCT deal_id) FROM deal_line_items') / 600;
    expect(withItems).toBeGreaterThan(0.15);
    expect(withItems).toBeLessThan(0.4);

    const kinds = shares(app, 'SELECT kind AS key, count(*) AS n FROM activities GROUP BY kind');
    for (const kind of ['note', 'call', 'meeting', 'email', 'task'] as const) {
      expect(kinds[kind], kind).toBeGreaterThan(0.08);
    }
  });

  it('keeps each deal’s history, stage and account consistent, as the stage transitions would', async () => {
    const { app } = await seeded(1500);
    const deals = rows<{ id: number; stage_id: number; outcome: string; closed_at: string | null }>(
      app,
      'SELECT d.id, d.stage_id, s.outcome, d.closed_at FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id',
    );
    const history = rows<{
      deal_id: number;
      kind: string;
      from_stage_id: number | null;
      to_stage_id: number;
    }>(
      app,
      'SELECT deal_id, kind, from_stage_id, to_stage_id FROM deal_stage_changes ORDER BY deal_id, changed_at, id',
    );
    for (const deal of deals) {
      const path = history.filter((change) => change.deal_id === deal.id);
      expect(path[0], `deal ${deal.id}`).toMatchObject({ kind: 'created', from_stage_id: null });
      expect(path.at(-1)?.to_stage_id, `deal ${deal.id}`).toBe(deal.stage_id);
      for (const [i, change] of path.entries()) {
        if (i > 0) expect(change.from_stage_id).toBe(path[i - 1]?.to_stage_id);
      }
      const last = path.at(-1)?.kind;
      if (deal.outcome === 'open') expect(['created', 'moved']).toContain(last);
      else expect(last).toBe(deal.outcome);
      expect(deal.closed_at === null).toBe(deal.outcome === 'open');
    }
    expect(
      value(
        app,
        `SELECT count(*) FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id
      WHERE s.outcome = 'lost' AND d.close_reason = ''`,
      ),
    ).toBe(0);

    // Every won deal belongs to its company's account, which started with the company's first win.
    expect(
      value(
        app,
        `SELECT count(*) FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id
      LEFT JOIN accounts a ON a.id = d.account_id
      WHERE s.outcome = 'won' AND (a.company_id IS NOT d.company_id OR d.company_id IS NULL)`,
      ),
    ).toBe(0);
    expect(
      value(
        app,
        `SELECT count(*) FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id
      WHERE s.outcome <> 'won' AND d.account_id IS NOT NULL`,
      ),
    ).toBe(0);
    expect(
      value(
        app,
        `SELECT count(*) FROM accounts a WHERE a.since <> (
      SELECT substr(min(d.closed_at), 1, 10) FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id
       WHERE d.company_id = a.company_id AND s.outcome = 'won')`,
      ),
    ).toBe(0);
    expect(value(app, 'SELECT count(DISTINCT status) FROM accounts')).toBe(3);

    // A qualified lead and its deal point at each other and share the person and company.
    expect(
      value(
        app,
        `SELECT count(*) FROM leads l LEFT JOIN deals d ON d.id = l.deal_id
      WHERE l.status = 'qualified' AND (d.lead_id IS NOT l.id OR l.contact_id IS NULL
        OR l.company_id IS NOT d.company_id
        OR NOT EXISTS (SELECT 1 FROM deal_contacts dc WHERE dc.deal_id = d.id AND dc.contact_id = l.contact_id))`,
      ),
    ).toBe(0);
    expect(
      value(app, `SELECT count(*) FROM deals d JOIN leads l ON l.id = d.lead_id WHERE l.deal_id IS NOT d.id`),
    ).toBe(0);
  });

  it('logs activities on records that existed then, with the links the app fills in', async () => {
    const { app } = await seeded(1500);
    expect(rows(app, 'PRAGMA foreign_key_check')).toEqual([]);
    // Qualifying a lead links its earlier activities to the contact it creates, so those are left out.
    const loggedBeforeCreated = (table: string, column: string) =>
      value(
        app,
        `SELECT count(*) FROM activities a JOIN ${table} r ON r.id = a.${column}
          WHERE a.lead_id IS NULL AND a.occurred_at < r.created_at`,
      );
    expect(loggedBeforeCreated('contacts', 'contact_id')).toBe(0);
    expect(loggedBeforeCreated('deals', 'deal_id')).toBe(0);
    expect(loggedBeforeCreated('accounts', 'account_id')).toBe(0);
    expect(
      value(
        app,
        `SELECT count(*) FROM activities a JOIN contacts c ON c.id = a.contact_id
      WHERE a.lead_id IS NULL AND a.deal_id IS NULL AND a.company_id IS NOT c.company_id`,
      ),
    ).toBe(0);
    expect(
      value(
        app,
        `SELECT count(*) FROM activities a JOIN deals d ON d.id = a.deal_id
      WHERE a.company_id IS NOT d.company_id`,
      ),
    ).toBe(0);
    expect(
      value(app, `SELECT count(*) FROM activities WHERE (kind = 'email') <> (direction IS NOT NULL)`),
    ).toBe(0);
    expect(
      value(app, `SELECT count(*) FROM activities WHERE (kind = 'task') <> (due_date IS NOT NULL)`),
    ).toBe(0);
    expect(
      value(app, `SELECT count(*) FROM activities WHERE kind = 'task' AND done_at IS NOT NULL`),
    ).toBeGreaterThan(100);

    const times = rows<{ at: string }>(app, 'SELECT occurred_at AS at FROM activities').map((row) =>
      Date.parse(row.at),
    );
    expect(Math.min(...times)).toBeGreaterThanOrEqual(now.getTime() - 730 * dayMs);
    expect(Math.max(...times)).toBeLessThanOrEqual(now.getTime());
    const within = (fromDays: number, toDays: number) =>
      times.filter((t) => t >= now.getTime() - toDays * dayMs && t < now.getTime() - fromDays * dayMs).length;
    expect(within(0, 180)).toBeGreaterThan(1.5 * within(550, 730));
  });

  it('scores the leads with the app’s own rules', async () => {
    const { app } = await seeded(1500);
    expect(value(app, 'SELECT count(*) FROM leads WHERE score > 0')).toBeGreaterThan(100);
    expect(await app.call('scoring.recompute', {})).toMatchObject({ rescoredLeads: 0 });
    const best = value<number>(app, 'SELECT id FROM leads ORDER BY score DESC LIMIT 1');
    const lead = await app.call('leads.get', { id: best });
    expect(lead.scoreBreakdown.reduce((sum, line) => sum + line.points, 0)).toBe(lead.score);
  });

  it('appends to a workspace that already has a funnel', async () => {
    const { app } = await seeded(300);
    const deals = () => value<number>(app, 'SELECT count(*) FROM deals');
    const before = deals();
    await seedWorkspace(app.workspace, { contacts: 300, now, seed: 2 });
    expect(deals()).toBe(before + 90);
    expect(value(app, 'SELECT count(*) FROM (SELECT DISTINCT stage_id, position FROM deals)')).toBe(deals());
    expect(rows(app, 'PRAGMA foreign_key_check')).toEqual([]);
  });
  it('makes leads and deals the app’s forms would accept', async () => {
    const { app } = await seeded(600);
    for (const lead of rows<Selectable<LeadsTable>>(app, 'SELECT * FROM leads')) {
      const parsed = leadCreateInput.safeParse({
        firstName: lead.first_name,
        lastName: lead.last_name,
        email: lead.email,
        phone: lead.phone,
        title: lead.title,
        companyName: lead.company_name,
        source: lead.source,
        notes: lead.notes,
      });
      expect(parsed.error?.issues, `lead ${lead.id}`).toBeUndefined();
    }
    const items = rows<{ deal_id: number; description: string; quantity: string; unit_price_minor: number }>(
      app,
      'SELECT * FROM deal_line_items ORDER BY deal_id, position',
    );
    for (const deal of rows<Selectable<DealsTable>>(app, 'SELECT * FROM deals')) {
      const lineItems = items.filter((item) => item.deal_id === deal.id);
      const parsed = dealCreateInput.safeParse({
        title: deal.title,
        valueMinor: deal.value_minor,
        currency: deal.currency,
        expectedCloseDate: deal.expected_close_date,
        nextStep: deal.next_step,
        lineItems: lineItems.map((item) => ({
          description: item.description,
          quantity: item.quantity,
          unitPriceMinor: item.unit_price_minor,
        })),
      });
      expect(parsed.error?.issues, `deal ${deal.id}`).toBeUndefined();
      if (lineItems.length > 0) {
        const total = lineItems.reduce((sum, item) => sum + Number(item.quantity) * item.unit_price_minor, 0);
        expect(deal.value_minor, `deal ${deal.id}`).toBe(total);
      }
    }
  });
});

describe('a seeded workspace through the app’s channels', () => {
  it('shows the board, timelines, an account and the forecast', async () => {
    const { app } = await seeded(2000);
    const board = await app.call('deals.board', {});
    expect(board.columns.map((column) => column.stage.name)).toEqual([
      'Qualified',
      'Discovery call',
      'Proposal sent',
      'Negotiation',
      'Won',
      'Lost',
    ]);
    const active = value(app, 'SELECT count(*) FROM deals WHERE archived_at IS NULL');
    expect(board.columns.reduce((n, column) => n + column.count, 0)).toBe(active);
    for (const column of board.columns) {
      expect(column.deals.length).toBe(Math.min(100, column.count));
      expect(column.totals.length).toBeGreaterThan(0);
    }

    const busiest = value<number>(
      app,
      `SELECT dc.contact_id FROM deal_contacts dc
      JOIN activities a ON a.contact_id = dc.contact_id GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    );
    const timeline = await app.call('activities.timeline', { of: 'contact', id: busiest });
    expect(timeline.some((item) => item.type === 'activity')).toBe(true);
    expect(timeline.some((item) => item.type === 'deal')).toBe(true);
    const at = timeline.map((item) => item.at);
    expect(at).toEqual([...at].sort().reverse());

    const company = value<number>(app, 'SELECT company_id FROM accounts ORDER BY id LIMIT 1');
    expect((await app.call('activities.timeline', { of: 'company', id: company })).length).toBeGreaterThan(0);

    const accountId = value<number>(app, 'SELECT id FROM accounts ORDER BY id LIMIT 1');
    const account = await app.call('accounts.get', { id: accountId });
    expect(account.wonDeals).toBeGreaterThan(0);
    expect(account.deals.some((deal) => deal.outcome === 'won' && deal.accountId === accountId)).toBe(true);

    const forecast = await app.call('forecast.get', { months: 12 });
    expect(forecast.totals.dealCount).toBeGreaterThan(200);
    expect(forecast.buckets.some((bucket) => bucket.overdue && bucket.dealCount > 0)).toBe(true);
    expect(forecast.totals.perCurrency[0]?.currency).toBe('EUR');

    const byValue = await app.call('deals.list', { sort: 'value', limit: 50 });
    const values = byValue.rows.map((deal) => deal.valueMinor);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });
});
