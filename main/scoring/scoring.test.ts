import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../shared/ipc/events';
import type { SaveScoringRulesInput } from '../../shared/scoring';
import { fixedClock, startTestApp, type TestApp } from '../test-support';
import { recomputeLeadScores } from './scoring.service';

const now = '2026-11-24T09:00:00.000Z';
const daysAgo = (days: number) => new Date(Date.parse(now) - days * 86_400_000).toISOString();

/** Only the rules each test is about, so the default rules do not blur the sums. */
const useRules = (app: TestApp, rules: SaveScoringRulesInput) => app.call('scoring.saveRules', rules);

const insertLead = async (
  app: TestApp,
  lead: { title?: string; source?: string; contact_id?: number | null; company_id?: number | null } = {},
) => {
  const { id } = await app.workspace.db
    .insertInto('leads')
    .values({
      first_name: 'Lead',
      created_at: now,
      updated_at: now,
      contact_id: null,
      company_id: null,
      ...lead,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
};

const insertActivity = (
  app: TestApp,
  activity: {
    kind: 'note' | 'call' | 'meeting' | 'email' | 'task';
    occurred_at: string;
    lead_id?: number;
    contact_id?: number;
    direction?: 'inbound' | 'outbound';
    archived_at?: string;
  },
) =>
  app.workspace.db
    .insertInto('activities')
    .values({
      due_date: null,
      done_at: null,
      created_at: now,
      updated_at: now,
      archived_at: null,
      ...activity,
    })
    .execute();

const storedScore = async (app: TestApp, id: number) => {
  const row = await app.workspace.db
    .selectFrom('leads')
    .select(['score', 'score_breakdown'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return {
    score: row.score,
    labels: (JSON.parse(row.score_breakdown) as { label: string }[]).map((l) => l.label),
  };
};

const recordEvents = (app: TestApp) => {
  const events: AppEvent[] = [];
  app.events.subscribe((event) => events.push(event));
  return events;
};

describe('lead scoring', () => {
  it('starts with the default rules, fit before engagement', async () => {
    const app = await startTestApp();
    const rules = await app.call('scoring.rules', {});
    expect(rules.map((r) => [r.category, r.attribute, r.value, r.points, r.enabled])).toEqual([
      ['fit', 'title_contains', 'founder', 15, true],
      ['fit', 'title_contains', 'head of', 10, true],
      ['fit', 'title_contains', 'director', 10, true],
      ['fit', 'company_size_at_least', '10', 10, true],
      ['fit', 'source_is', 'referral', 20, true],
      ['fit', 'source_is', 'website', 5, true],
      ['engagement', 'activity_within_days', '14', 10, true],
      ['engagement', 'meeting_within_days', '30', 15, true],
      ['engagement', 'reply_within_days', '30', 10, true],
    ]);
  });

  it('scores a lead from its contact, the contact’s company and activities linked to either', async () => {
    const app = await startTestApp({ clock: fixedClock(now) });
    const company = await app.call('companies.create', {
      name: 'Łódź Labs',
      industry: 'Software',
      employeeCount: 40,
    });
    const contact = await app.call('contacts.create', {
      firstName: 'Zoë',
      title: 'Co-Fondatrice',
      companyId: company.id,
    });
    const lead = await insertLead(app, { contact_id: contact.id, source: 'Référence' });
    const bystander = await insertLead(app, { title: 'Engineer' });
    await insertActivity(app, { kind: 'meeting', occurred_at: daysAgo(3), contact_id: contact.id });
    await insertActivity(app, {
      kind: 'email',
      direction: 'inbound',
      occurred_at: daysAgo(10),
      lead_id: lead,
    });
    await insertActivity(app, {
      kind: 'email',
      direction: 'inbound',
      occurred_at: daysAgo(1),
      lead_id: lead,
      archived_at: now,
    });
    await insertActivity(app, { kind: 'call', occurred_at: '2026-12-01T10:00:00+02:00', lead_id: lead });
    await useRules(app, {
      rules: [
        { attribute: 'title_contains', value: 'fondat', points: 15 },
        { attribute: 'company_size_at_least', value: '25', points: 10 },
        { attribute: 'industry_is', value: 'software', points: 5 },
        { attribute: 'source_is', value: 'reference', points: 20 },
        { attribute: 'activity_within_days', value: '2', points: 7 },
        { attribute: 'meeting_within_days', value: '7', points: 15 },
        { attribute: 'reply_within_days', value: '7', points: 99 },
        { attribute: 'reply_within_days', value: '14', points: 10 },
      ],
    });

    expect(await storedScore(app, lead)).toEqual({
      score: 75,
      labels: [
        'Title contains “fondat”',
        'Company has at least 25 employees',
        'Industry is “software”',
        'Source is “reference”',
        'Meeting in the last 7 days',
        'Reply received in the last 14 days',
      ],
    });
    expect(await storedScore(app, bystander)).toEqual({ score: 0, labels: [] });
  });

  it('prefers the lead’s own company to its contact’s, and uses the lead’s own title too', async () => {
    const app = await startTestApp({ clock: fixedClock(now) });
    const small = await app.call('companies.create', { name: 'Small', employeeCount: 3 });
    const large = await app.call('companies.create', { name: 'Large', employeeCount: 300 });
    const contact = await app.call('contacts.create', {
      firstName: 'Ada',
      title: 'Engineer',
      companyId: large.id,
    });
    const lead = await insertLead(app, {
      title: 'Head of R&D',
      contact_id: contact.id,
      company_id: small.id,
    });
    await useRules(app, {
      rules: [
        { attribute: 'company_size_at_least', value: '10', points: 10 },
        { attribute: 'title_contains', value: 'head of', points: 5 },
      ],
    });
    expect(await storedScore(app, lead)).toEqual({ score: 5, labels: ['Title contains “head of”'] });
  });

  it('rescores only the leads asked for, inside the caller’s transaction', async () => {
    const app = await startTestApp({ clock: fixedClock(now) });
    await useRules(app, { rules: [{ attribute: 'source_is', value: 'referral', points: 20 }] });
    const asked = await insertLead(app, { source: 'referral' });
    const other = await insertLead(app, { source: 'referral' });

    const outcome = await app.workspace.db
      .transaction()
      .execute((trx) => recomputeLeadScores(trx, [asked], new Date(now)));
    expect(outcome).toEqual({ scored: 1, changed: 1 });
    expect((await storedScore(app, asked)).score).toBe(20);
    expect((await storedScore(app, other)).score).toBe(0);

    const again = await app.workspace.db
      .transaction()
      .execute((trx) => recomputeLeadScores(trx, [asked], new Date(now)));
    expect(again).toEqual({ scored: 1, changed: 0 });
    await expect(
      app.workspace.db.transaction().execute(async (trx) => {
        await recomputeLeadScores(trx, [other], new Date(now));
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect((await storedScore(app, other)).score).toBe(0);
  });

  it('saving the rules replaces them all and rescores every lead in the same transaction', async () => {
    const app = await startTestApp({ clock: fixedClock(now) });
    const leads = [
      await insertLead(app, { title: 'Founder', source: 'website' }),
      await insertLead(app, { title: 'Founder' }),
      await insertLead(app, { source: 'event' }),
    ];
    const events = recordEvents(app);
    const saved = await app.call('scoring.saveRules', {
      rules: [
        { attribute: 'title_contains', value: 'founder', points: 30 },
        { attribute: 'source_is', value: 'website', points: 5, enabled: false },
        { attribute: 'source_is', value: 'event', points: -10 },
      ],
    });
    expect(saved.rescoredLeads).toBe(3);
    expect(saved.rules.map((r) => [r.position, r.category, r.attribute, r.enabled])).toEqual([
      [0, 'fit', 'title_contains', true],
      [1, 'fit', 'source_is', false],
      [2, 'fit', 'source_is', true],
    ]);
    expect(await app.call('scoring.rules', {})).toEqual(saved.rules);
    expect(await Promise.all(leads.map((id) => storedScore(app, id).then((s) => s.score)))).toEqual([
      30, 30, -10,
    ]);
    expect(events).toEqual([{ name: 'records.changed', payload: { kinds: ['settings', 'leads'] } }]);

    const emptied = await app.call('scoring.saveRules', { rules: [] });
    expect(emptied).toEqual({ rules: [], rescoredLeads: 3 });
    expect(await storedScore(app, leads[0] as number)).toEqual({ score: 0, labels: [] });
  });

  it('refuses a value that does not fit its attribute, beside that rule, and changes nothing', async () => {
    const app = await startTestApp();
    const before = await app.call('scoring.rules', {});
    const attempts = [
      [
        { attribute: 'company_size_at_least', value: 'ten', points: 10 },
        'Use a whole number of employees from 1 to 10,000,000',
      ],
      [
        { attribute: 'meeting_within_days', value: '0', points: 10 },
        'Use a whole number of days from 1 to 3,650',
      ],
      [
        { attribute: 'reply_within_days', value: '4000', points: 10 },
        'Use a whole number of days from 1 to 3,650',
      ],
      [
        { attribute: 'activity_within_days', value: '1.5', points: 10 },
        'Use a whole number of days from 1 to 3,650',
      ],
      [{ attribute: 'title_contains', value: '   ', points: 10 }, 'Enter the text to look for'],
    ] as const;
    for (const [rule, message] of attempts) {
      const result = await app.send('scoring.saveRules', {
        rules: [{ attribute: 'source_is', value: 'referral', points: 20 }, rule],
      });
      expect(result, rule.value).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', fields: { 'rules.1.value': message } },
      });
    }
    expect(
      await app.send('scoring.saveRules', { rules: [{ attribute: 'likes_cats', value: 'yes', points: 1 }] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { 'rules.0.attribute': expect.any(String) } },
    });
    expect(
      await app.send('scoring.saveRules', { rules: [{ attribute: 'source_is', value: 'x', points: 2.5 }] }),
    ).toMatchObject({
      ok: false,
      error: { fields: { 'rules.0.points': 'Expected a whole number' } },
    });
    expect(await app.call('scoring.rules', {})).toEqual(before);
  });

  it('explains a lead fresh: engagement that has aged out drops off, and the stored score follows', async () => {
    const clock = fixedClock(now);
    const app = await startTestApp({ clock });
    await useRules(app, {
      rules: [
        { attribute: 'source_is', value: 'referral', points: 20 },
        { attribute: 'activity_within_days', value: '14', points: 10 },
      ],
    });
    const lead = await insertLead(app, { source: 'referral' });
    await insertActivity(app, { kind: 'note', occurred_at: daysAgo(10), lead_id: lead });
    expect(await app.call('scoring.explain', { leadId: lead })).toMatchObject({
      score: 30,
      breakdown: [
        { label: 'Source is “referral”', category: 'fit', points: 20 },
        { label: 'Any activity in the last 14 days', category: 'engagement', points: 10 },
      ],
    });

    clock.advance(5 * 86_400_000);
    const events = recordEvents(app);
    expect(await app.call('scoring.explain', { leadId: lead })).toMatchObject({
      score: 20,
      breakdown: [{ points: 20 }],
    });
    expect(await storedScore(app, lead)).toEqual({ score: 20, labels: ['Source is “referral”'] });
    expect(events).toEqual([{ name: 'records.changed', payload: { kinds: ['leads'] } }]);

    await app.call('scoring.explain', { leadId: lead });
    expect(events).toHaveLength(1);
  });

  it('explains only leads that exist', async () => {
    const app = await startTestApp();
    expect(await app.send('scoring.explain', { leadId: 404 })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Lead 404 does not exist' },
    });
  });

  it('rescores every lead on request, so time-based points catch up', async () => {
    const clock = fixedClock(now);
    const app = await startTestApp({ clock });
    await useRules(app, { rules: [{ attribute: 'meeting_within_days', value: '30', points: 15 }] });
    const met = await insertLead(app);
    await insertLead(app);
    await insertActivity(app, { kind: 'meeting', occurred_at: daysAgo(1), lead_id: met });
    expect(await app.call('scoring.recompute', {})).toEqual({ scoredLeads: 2, rescoredLeads: 1 });
    clock.advance(30 * 86_400_000);
    expect(await app.call('scoring.recompute', {})).toEqual({ scoredLeads: 2, rescoredLeads: 1 });
    expect((await storedScore(app, met)).score).toBe(0);
  });
});
