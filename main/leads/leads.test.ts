import { expect, it } from 'vitest';
import { startTestApp } from '../test-support';

it('leads move from new to contacted, and can be disqualified with a reason but not after qualifying', async () => {
  const app = await startTestApp();
  const lead = await app.call('leads.create', { firstName: 'Ana', lastName: 'Đặng', source: 'website' });
  expect(lead).toMatchObject({ status: 'new', score: expect.any(Number) });
  expect((await app.call('leads.update', { id: lead.id, changes: { status: 'contacted' } })).status).toBe(
    'contacted',
  );
  expect((await app.call('leads.list', { status: 'open', query: 'đặng' })).total).toBe(1);

  const out = await app.call('leads.disqualify', { id: lead.id, reason: 'Student project' });
  expect(out).toMatchObject({ status: 'disqualified', disqualifyReason: 'Student project' });
  expect((await app.call('leads.list', {})).total).toBe(0);
  expect((await app.call('leads.list', { status: 'disqualified' })).total).toBe(1);

  const reopened = await app.call('leads.update', { id: lead.id, changes: { status: 'new' } });
  expect(reopened).toMatchObject({ status: 'new', disqualifyReason: '' });

  const other = await app.call('leads.create', { email: 'x@y.example' });
  await app.call('leads.qualify', { id: other.id });
  expect(await app.send('leads.disqualify', { id: other.id, reason: 'x' })).toMatchObject({
    ok: false,
    error: { code: 'conflict' },
  });
});

it('a lead must name someone', async () => {
  const app = await startTestApp();
  expect(await app.send('leads.create', { source: 'website' })).toMatchObject({
    ok: false,
    error: { code: 'invalid_input' },
  });
});
