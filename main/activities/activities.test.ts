import { describe, expect, it } from 'vitest';
import { startTestApp } from '../test-support';

describe('activities', () => {
  it('logged on a deal also belong to its company, and the company timeline includes its people', async () => {
    const app = await startTestApp();
    const company = await app.call('companies.create', { name: 'Acme' });
    const ada = await app.call('contacts.create', { firstName: 'Ada', companyId: company.id });
    const deal = await app.call('deals.create', { title: 'Website', companyId: company.id });
    const call = await app.call('activities.create', { kind: 'call', subject: 'Scoping', dealId: deal.id });
    expect(call).toMatchObject({ companyId: company.id, companyName: 'Acme', dealTitle: 'Website' });
    app.clock.advance(60_000);
    await app.call('activities.create', {
      kind: 'email',
      subject: 'Re: quote',
      direction: 'inbound',
      contactId: ada.id,
    });

    const timeline = await app.call('activities.timeline', { of: 'company', id: company.id });
    expect(
      timeline.map((item) => (item.type === 'activity' ? item.activity.subject : item.change.kind)),
    ).toEqual(['Re: quote', 'Scoping', 'created']);
    expect((await app.call('activities.timeline', { of: 'deal', id: deal.id })).length).toBe(2);
  });

  it('must be about something that exists, and nothing is written otherwise', async () => {
    const app = await startTestApp();
    expect(await app.send('activities.create', { kind: 'note', body: 'orphan' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { contactId: expect.any(String) } },
    });
    expect(await app.send('activities.create', { kind: 'note', dealId: 77 })).toMatchObject({
      ok: false,
      error: { message: 'Deal 77 does not exist' },
    });
    expect((await app.call('activities.tasks', { status: 'all' })).total).toBe(0);
  });

  it('tasks are listed by due date, done and undone, and archived ones leave the timeline', async () => {
    const app = await startTestApp();
    const ada = await app.call('contacts.create', { firstName: 'Ada' });
    const later = await app.call('activities.create', {
      kind: 'task',
      subject: 'Invoice',
      dueDate: '2026-12-20',
      contactId: ada.id,
    });
    const sooner = await app.call('activities.create', {
      kind: 'task',
      subject: 'Call',
      dueDate: '2026-12-01',
      contactId: ada.id,
    });
    expect((await app.call('activities.tasks', {})).rows.map((t) => t.subject)).toEqual(['Call', 'Invoice']);
    const done = await app.call('activities.complete', { id: sooner.id, done: true });
    expect(done.doneAt).toBe('2026-11-24T09:00:00.000Z');
    expect((await app.call('activities.tasks', { status: 'open' })).rows.map((t) => t.id)).toEqual([
      later.id,
    ]);
    await app.call('activities.complete', { id: sooner.id, done: false });
    expect((await app.call('activities.tasks', { dueBefore: '2026-12-10' })).rows.map((t) => t.id)).toEqual([
      sooner.id,
    ]);

    const note = await app.call('activities.create', { kind: 'note', contactId: ada.id });
    expect(await app.send('activities.complete', { id: note.id, done: true })).toMatchObject({ ok: false });
    await app.call('activities.archive', { id: later.id });
    const left = await app.call('activities.timeline', { of: 'contact', id: ada.id });
    expect(left.map((item) => item.type === 'activity' && item.activity.id)).not.toContain(later.id);
  });
});
