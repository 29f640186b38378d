import { expect, it } from 'vitest';
import { startTestApp } from '../test-support';

it('a new workspace has a default pipeline from Qualified to Won and Lost', async () => {
  const app = await startTestApp();
  const [sales] = await app.call('pipelines.list', {});
  expect(sales?.isDefault).toBe(true);
  expect(sales?.stages.map((s) => `${s.name} ${s.probability}% ${s.outcome}`)).toEqual([
    'Qualified 10% open',
    'Discovery call 25% open',
    'Proposal sent 50% open',
    'Negotiation 75% open',
    'Won 100% won',
    'Lost 0% lost',
  ]);
});

it('stages can be renamed, re-weighted and reordered, but not removed while deals sit in them', async () => {
  const app = await startTestApp();
  const [sales] = await app.call('pipelines.list', {});
  const stages = sales?.stages ?? [];
  const [qualified, discovery, proposal, negotiation, won, lost] = stages;
  if (!qualified || !discovery || !proposal || !negotiation || !won || !lost)
    throw new Error('default stages');
  const deal = await app.call('deals.create', { title: 'Website', stageId: discovery.id });

  const saved = await app.call('pipelines.save', {
    id: sales?.id,
    name: 'Consulting',
    stages: [
      { id: discovery.id, name: 'Intro call', probability: 20, outcome: 'open' },
      { id: qualified.id, name: 'Qualified', probability: 30, outcome: 'open' },
      { id: won.id, name: 'Signed', probability: 100, outcome: 'won' },
      { id: lost.id, name: 'Lost', probability: 0, outcome: 'lost' },
    ],
  });
  expect(saved.stages.map((s) => s.name)).toEqual(['Intro call', 'Qualified', 'Signed', 'Lost']);
  expect((await app.call('deals.get', { id: deal.id })).stageName).toBe('Intro call');

  const refused = await app.send('pipelines.save', {
    id: sales?.id,
    name: 'Consulting',
    stages: [
      { id: qualified.id, name: 'Qualified', probability: 30 },
      { id: won.id, name: 'Signed', probability: 100, outcome: 'won' },
      { id: lost.id, name: 'Lost', probability: 0, outcome: 'lost' },
    ],
  });
  expect(refused).toMatchObject({
    ok: false,
    error: { code: 'conflict', message: expect.stringContaining('Intro call') },
  });
  expect((await app.call('pipelines.list', {}))[0]?.stages).toHaveLength(4);
});

it('a pipeline needs one won and one lost stage', async () => {
  const app = await startTestApp();
  const result = await app.send('pipelines.save', {
    name: 'Broken',
    stages: [
      { name: 'A', probability: 10 },
      { name: 'B', probability: 100, outcome: 'won' },
      { name: 'C', probability: 100, outcome: 'won' },
    ],
  });
  expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
});
