import { describe, expect, it } from 'vitest';
import { unitWord } from '../../shared/catalog';
import { startTestApp, type TestApp } from '../test-support';

const workshop = {
  name: 'Strategy workshop',
  unitType: 'hour',
  unitPriceMinor: 15_000,
  currency: 'EUR',
} as const;

const names = async (app: TestApp, input: { query?: string; archived?: 'active' | 'archived' | 'all' }) =>
  (await app.call('catalog.list', input)).rows.map((item) => item.name);

describe('the service catalog', () => {
  it('keeps an item with its unit, price, currency and tax rate, and changes only what an update names', async () => {
    const app = await startTestApp();
    const item = await app.call('catalog.create', {
      ...workshop,
      description: 'Half a day, on site',
      taxRateId: 1,
    });
    expect(item).toEqual({
      id: item.id,
      name: 'Strategy workshop',
      description: 'Half a day, on site',
      unitType: 'hour',
      unitLabel: '',
      unitPriceMinor: 15_000,
      currency: 'EUR',
      taxRateId: 1,
      archived: false,
      updatedAt: '2026-11-24T09:00:00.000Z',
    });
    expect(await app.call('catalog.get', { id: item.id })).toEqual(item);

    const repriced = await app.call('catalog.update', { id: item.id, changes: { unitPriceMinor: 16_500 } });
    expect(repriced).toEqual({ ...item, unitPriceMinor: 16_500 });
    const perDay = await app.call('catalog.update', {
      id: item.id,
      changes: { unitType: 'day', taxRateId: null },
    });
    expect(perDay).toMatchObject({ unitType: 'day', taxRateId: null, description: 'Half a day, on site' });
  });

  it('names a custom unit, and keeps a label only for a custom one', async () => {
    const app = await startTestApp();
    const copy = await app.call('catalog.create', {
      name: 'Copywriting',
      unitType: 'custom',
      unitLabel: 'page',
      unitPriceMinor: 9_000,
      currency: 'EUR',
    });
    expect(unitWord(copy)).toBe('page');
    expect(await app.send('catalog.create', { ...workshop, unitType: 'custom' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { unitLabel: 'Name the unit, e.g. "page"' } },
    });
    expect(await app.send('catalog.update', { id: copy.id, changes: { unitLabel: '' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { 'changes.unitLabel': 'Name the unit, e.g. "page"' } },
    });
    const fixed = await app.call('catalog.update', { id: copy.id, changes: { unitType: 'fixed' } });
    expect(fixed.unitLabel).toBe('');
    expect(unitWord(fixed)).toBe('');
  });

  it('refuses a tax rate that does not exist, or an archived one, beside the tax rate field', async () => {
    const app = await startTestApp();
    expect(await app.send('catalog.create', { ...workshop, taxRateId: 404 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { taxRateId: 'Choose an existing tax rate' } },
    });
    await app.call('taxRates.archive', { id: 2, archived: true });
    expect(await app.send('catalog.create', { ...workshop, taxRateId: 2 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { taxRateId: 'Choose an active tax rate' } },
    });
    const item = await app.call('catalog.create', workshop);
    expect(await app.send('catalog.update', { id: item.id, changes: { taxRateId: 404 } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { 'changes.taxRateId': 'Choose an existing tax rate' } },
    });
    expect((await app.call('catalog.list', { archived: 'all' })).total).toBe(1);
  });

  it('lists by name, finds names the way people type them, pages, and hides archived items', async () => {
    const app = await startTestApp();
    for (const name of ['Workshop Zürich', 'Audit', 'Łódź onboarding', 'coaching', 'Retainer'])
      await app.call('catalog.create', { ...workshop, name });
    // The order of every other list (NOCASE), which puts letters beyond ASCII after Z.
    expect(await names(app, {})).toEqual([
      'Audit',
      'coaching',
      'Retainer',
      'Workshop Zürich',
      'Łódź onboarding',
    ]);
    expect(await names(app, { query: 'zur' })).toEqual(['Workshop Zürich']);
    expect(await names(app, { query: 'lodz' })).toEqual(['Łódź onboarding']);
    expect(await names(app, { query: '100%' })).toEqual([]);
    const second = await app.call('catalog.list', { offset: 2, limit: 2 });
    expect(second).toMatchObject({ total: 5, rows: [{ name: 'Retainer' }, { name: 'Workshop Zürich' }] });

    const audit = (await app.call('catalog.list', { query: 'audit' })).rows[0];
    const archived = await app.call('catalog.archive', { id: audit?.id ?? 0, archived: true });
    expect(archived.archived).toBe(true);
    expect(await names(app, { query: 'audit' })).toEqual([]);
    expect(await names(app, { archived: 'archived' })).toEqual(['Audit']);
    expect(await names(app, { archived: 'all' })).toHaveLength(5);
    await app.call('catalog.archive', { id: audit?.id ?? 0, archived: false });
    expect(await names(app, {})).toContain('Audit');
  });

  it('answers not_found for an item that does not exist', async () => {
    const app = await startTestApp();
    expect(await app.send('catalog.archive', { id: 9, archived: true })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'Catalog item 9 does not exist' },
    });
  });
});
