import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../shared/ipc/events';
import type { ListMembers } from '../../shared/lists';
import { startTestApp, type TestApp } from '../test-support';

const memberNames = (page: ListMembers) =>
  page.recordKind === 'contacts' ? page.rows.map((row) => row.firstName) : page.rows.map((row) => row.name);

const members = async (app: TestApp, listId: number, query = '') =>
  memberNames(await app.call('lists.members', { listId, query }));

const changesSoFar = (app: TestApp) =>
  app.workspace.sqlite.prepare('SELECT total_changes()').pluck().get() as number;

/** Ada and Grace at Acme in Germany, Alan in the UK; Grace and Alan are tagged. */
const seedPeople = async () => {
  const app = await startTestApp();
  const acme = await app.call('companies.create', { name: 'Acme', tags: ['client'] });
  const ada = await app.call('contacts.create', {
    firstName: 'Ada',
    lastName: 'Lovelace',
    companyId: acme.id,
    address: { country: 'DE' },
  });
  const grace = await app.call('contacts.create', {
    firstName: 'Grace',
    lastName: 'Hopper',
    companyId: acme.id,
    tags: ['VIP', 'navy'],
    address: { country: 'DE' },
  });
  const alan = await app.call('contacts.create', {
    firstName: 'Alan',
    lastName: 'Turing',
    tags: ['vip-old'],
    address: { country: 'GB' },
  });
  return { app, acme, ada, grace, alan };
};

describe('static lists', () => {
  it('are created empty, filled by id, and adding the same people again changes nothing', async () => {
    const { app, ada, grace } = await seedPeople();
    const list = await app.call('lists.create', { name: 'Newsletter', recordKind: 'contacts' });
    expect(list).toMatchObject({
      name: 'Newsletter',
      recordKind: 'contacts',
      type: 'static',
      filter: null,
      memberCount: 0,
      createdAt: '2026-11-24T09:00:00.000Z',
      archivedAt: null,
    });

    expect(await app.call('lists.addMembers', { listId: list.id, recordIds: [ada.id, grace.id] })).toEqual({
      changed: 2,
      memberCount: 2,
    });
    expect(
      await app.call('lists.addMembers', { listId: list.id, recordIds: [grace.id, ada.id, grace.id] }),
    ).toEqual({ changed: 0, memberCount: 2 });
    expect(await members(app, list.id)).toEqual(['Grace', 'Ada']);
    expect((await app.call('lists.get', { id: list.id })).memberCount).toBe(2);
  });

  it('add everyone matching a list-screen search in one go, idempotently', async () => {
    const { app, acme, alan } = await seedPeople();
    await app.call('contacts.archive', { id: alan.id });
    const list = await app.call('lists.create', { name: 'Acme people', recordKind: 'contacts' });

    const added = await app.call('lists.addMembers', {
      listId: list.id,
      fromFilter: { query: 'acme', status: 'active' },
    });
    expect(added).toEqual({ changed: 2, memberCount: 2 });
    expect(
      await app.call('lists.addMembers', { listId: list.id, fromFilter: { query: '', companyId: acme.id } }),
    ).toEqual({ changed: 0, memberCount: 2 });
    expect(
      await app.call('lists.addMembers', { listId: list.id, fromFilter: { query: '', status: 'archived' } }),
    ).toEqual({ changed: 1, memberCount: 3 });
    expect(await app.call('lists.addMembers', { listId: list.id, fromFilter: { status: 'all' } })).toEqual({
      changed: 0,
      memberCount: 3,
    });
    expect(await app.call('lists.addMembers', { listId: list.id, fromFilter: { query: '*** "' } })).toEqual({
      changed: 0,
      memberCount: 3,
    });
  });

  it('keep archived members and show them as archived', async () => {
    const { app, ada, grace } = await seedPeople();
    const list = await app.call('lists.create', { name: 'Speakers', recordKind: 'contacts' });
    await app.call('lists.addMembers', { listId: list.id, recordIds: [ada.id, grace.id] });
    await app.call('contacts.archive', { id: ada.id });

    const page = await app.call('lists.members', { listId: list.id });
    expect(page.total).toBe(2);
    expect(page.rows).toEqual([
      expect.objectContaining({ firstName: 'Grace', archivedAt: null, companyName: 'Acme' }),
      expect.objectContaining({ firstName: 'Ada', archivedAt: expect.any(String) }),
    ]);
    expect((await app.call('lists.get', { id: list.id })).memberCount).toBe(2);
  });

  it('lose members that are removed, and removing them twice is harmless', async () => {
    const { app, ada, grace, alan } = await seedPeople();
    const list = await app.call('lists.create', { name: 'Speakers', recordKind: 'contacts' });
    await app.call('lists.addMembers', { listId: list.id, recordIds: [ada.id, grace.id, alan.id] });

    expect(await app.call('lists.removeMembers', { listId: list.id, recordIds: [grace.id, ada.id] })).toEqual(
      {
        changed: 2,
        memberCount: 1,
      },
    );
    expect(await app.call('lists.removeMembers', { listId: list.id, recordIds: [grace.id] })).toEqual({
      changed: 0,
      memberCount: 1,
    });
    expect(await members(app, list.id)).toEqual(['Alan']);
  });

  it('refuse ids that are not records of their kind and write nothing', async () => {
    const { app, ada, acme } = await seedPeople();
    const contactsList = await app.call('lists.create', { name: 'People', recordKind: 'contacts' });
    const companiesList = await app.call('lists.create', { name: 'Firms', recordKind: 'companies' });
    const before = changesSoFar(app);

    expect(
      await app.send('lists.addMembers', { listId: contactsList.id, recordIds: [ada.id, 404, 405] }),
    ).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Contacts 404, 405 do not exist',
        fields: { recordIds: 'Contacts 404, 405 do not exist' },
      },
    });
    expect(await app.send('lists.addMembers', { listId: companiesList.id, recordIds: [999] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'Company 999 does not exist' },
    });
    expect(
      await app.send('lists.addMembers', {
        listId: companiesList.id,
        fromFilter: { query: '', companyId: acme.id },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { 'fromFilter.companyId': expect.any(String) } },
    });
    expect(await app.send('lists.addMembers', { listId: 77, recordIds: [ada.id] })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'List 77 does not exist' },
    });
    expect(await app.send('lists.addMembers', { listId: contactsList.id })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { recordIds: 'Give either recordIds or fromFilter' } },
    });
    expect(changesSoFar(app)).toBe(before);
    expect((await app.call('lists.get', { id: contactsList.id })).memberCount).toBe(0);
  });

  it('hold companies just as well', async () => {
    const app = await startTestApp();
    const northwind = await app.call('companies.create', { name: 'Northwind', address: { city: 'London' } });
    await app.call('companies.create', { name: 'Acme' });
    const list = await app.call('lists.create', { name: 'Prospects', recordKind: 'companies' });
    await app.call('lists.addMembers', { listId: list.id, recordIds: [northwind.id] });
    expect(await app.call('lists.members', { listId: list.id })).toEqual({
      recordKind: 'companies',
      total: 1,
      rows: [expect.objectContaining({ name: 'Northwind', city: 'London', contactCount: 0 })],
    });
  });
});

describe('smart lists', () => {
  it('hold the active records matching their filter, following every change to the data', async () => {
    const { app, ada, grace, alan } = await seedPeople();
    const vips = await app.call('lists.create', {
      name: 'VIPs',
      recordKind: 'contacts',
      filter: { tags: ['vip'] },
    });
    expect(vips).toMatchObject({ type: 'smart', filter: { query: '', tags: ['vip'] }, memberCount: 1 });
    // Tags match exactly (ASCII case aside): Alan's "vip-old" is not "vip".
    expect(await members(app, vips.id)).toEqual(['Grace']);

    await app.call('contacts.update', { id: ada.id, changes: { tags: ['vip'] } });
    expect(await members(app, vips.id)).toEqual(['Grace', 'Ada']);

    await app.call('contacts.archive', { id: grace.id });
    expect(await members(app, vips.id)).toEqual(['Ada']);
    expect((await app.call('lists.list', {})).find((list) => list.id === vips.id)?.memberCount).toBe(1);

    await app.call('contacts.restore', { id: grace.id });
    await app.call('contacts.update', { id: alan.id, changes: { tags: ['VIP'] } });
    expect(await members(app, vips.id)).toEqual(['Grace', 'Ada', 'Alan']);
  });

  it('combine search text, any of several tags, company and country', async () => {
    const { app, acme } = await seedPeople();
    const create = async (filter: object) =>
      (await app.call('lists.create', { name: 'Filtered', recordKind: 'contacts', filter })).id;

    expect(await members(app, await create({ tags: ['navy', 'vip-old'] }))).toEqual(['Grace', 'Alan']);
    expect(await members(app, await create({ companyId: acme.id }))).toEqual(['Grace', 'Ada']);
    expect(await members(app, await create({ country: 'gb' }))).toEqual(['Alan']);
    expect(await members(app, await create({ query: 'acme', country: 'DE', tags: ['vip'] }))).toEqual([
      'Grace',
    ]);
    expect(await members(app, await create({ query: '***' }))).toEqual([]);
    expect(await members(app, await create({}))).toEqual(['Grace', 'Ada', 'Alan']);
  });

  it('can be searched within, and page like the contacts list', async () => {
    const { app } = await seedPeople();
    const everyone = await app.call('lists.create', { name: 'All', recordKind: 'contacts', filter: {} });
    expect(await members(app, everyone.id, 'gra')).toEqual(['Grace']);
    const second = await app.call('lists.members', { listId: everyone.id, offset: 1, limit: 1 });
    expect(second).toMatchObject({ total: 3, rows: [expect.objectContaining({ firstName: 'Ada' })] });
  });

  it('of companies filter by tags and search text', async () => {
    const { app } = await seedPeople();
    await app.call('companies.create', { name: 'Initech', tags: ['prospect'] });
    const clients = await app.call('lists.create', {
      name: 'Clients',
      recordKind: 'companies',
      filter: { tags: ['client', 'partner'] },
    });
    expect(await members(app, clients.id)).toEqual(['Acme']);
    await app.call('lists.update', { id: clients.id, changes: { filter: { query: 'init' } } });
    expect(await members(app, clients.id)).toEqual(['Initech']);
  });

  it('refuse members added or removed by hand, and filters that do not fit, writing nothing', async () => {
    const { app, ada, acme } = await seedPeople();
    const vips = await app.call('lists.create', {
      name: 'VIPs',
      recordKind: 'contacts',
      filter: { tags: ['vip'] },
    });
    const before = changesSoFar(app);
    const smartRefusal = {
      ok: false,
      error: {
        code: 'conflict',
        message:
          '“VIPs” is a smart list: its members follow its filter and cannot be added or removed by hand',
      },
    };
    expect(await app.send('lists.addMembers', { listId: vips.id, recordIds: [ada.id] })).toEqual(
      smartRefusal,
    );
    expect(await app.send('lists.addMembers', { listId: vips.id, fromFilter: {} })).toEqual(smartRefusal);
    expect(await app.send('lists.removeMembers', { listId: vips.id, recordIds: [ada.id] })).toEqual(
      smartRefusal,
    );
    expect(
      await app.send('lists.create', {
        name: 'Firms',
        recordKind: 'companies',
        filter: { companyId: acme.id },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { 'filter.companyId': expect.any(String) } },
    });
    expect(
      await app.send('lists.create', { name: 'Firms', recordKind: 'companies', filter: { country: 'DE' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { 'filter.country': expect.any(String) } },
    });
    expect(
      await app.send('lists.update', { id: vips.id, changes: { filter: { companyId: 999 } } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { 'changes.filter.companyId': 'Choose an existing company' } },
    });
    expect(
      await app.send('lists.create', { name: '', recordKind: 'contacts', filter: { tags: [''] } }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: { name: 'List name is required', 'filter.tags.0': 'Tag is required' },
      },
    });
    expect(changesSoFar(app)).toBe(before);
  });
});

describe('list lifecycle', () => {
  it('renames, changes a smart filter, archives and restores, and says what changed', async () => {
    const { app, ada } = await seedPeople();
    const events: AppEvent[] = [];
    app.events.subscribe((event) => events.push(event));
    const list = await app.call('lists.create', {
      name: 'Leads',
      recordKind: 'contacts',
      filter: { query: 'ada' },
    });

    const renamed = await app.call('lists.update', { id: list.id, changes: { name: 'Warm leads' } });
    expect(renamed).toMatchObject({ name: 'Warm leads', filter: { query: 'ada' }, memberCount: 1 });
    const refiltered = await app.call('lists.update', {
      id: list.id,
      changes: { filter: { query: 'hopper', country: 'DE' } },
    });
    expect(refiltered).toMatchObject({ name: 'Warm leads', filter: { query: 'hopper', country: 'DE' } });
    expect(await members(app, list.id)).toEqual(['Grace']);

    const archived = await app.call('lists.archive', { id: list.id });
    expect(archived.archivedAt).toBe('2026-11-24T09:00:00.000Z');
    expect(await app.call('lists.list', {})).toEqual([]);
    expect((await app.call('lists.list', { status: 'archived' })).map((l) => l.name)).toEqual(['Warm leads']);
    expect((await app.call('lists.restore', { id: list.id })).archivedAt).toBeNull();
    expect((await app.call('lists.list', {})).map((l) => l.name)).toEqual(['Warm leads']);

    const statics = await app.call('lists.create', { name: 'Board', recordKind: 'contacts' });
    expect(
      await app.send('lists.update', { id: statics.id, changes: { filter: { query: 'x' } } }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await app.call('lists.addMembers', { listId: statics.id, recordIds: [ada.id] });
    expect(events).toHaveLength(7);
    expect(
      events.every((event) => event.name === 'records.changed' && event.payload.kinds.includes('lists')),
    ).toBe(true);
  });

  it('lists every list by name with its kind, type and member count', async () => {
    const { app, ada } = await seedPeople();
    const board = await app.call('lists.create', { name: 'board', recordKind: 'contacts' });
    await app.call('lists.addMembers', { listId: board.id, recordIds: [ada.id] });
    await app.call('lists.create', { name: 'Accounts', recordKind: 'companies', filter: {} });
    await app.call('lists.create', { name: 'Customers', recordKind: 'contacts', filter: { tags: ['vip'] } });

    const summary = (await app.call('lists.list', {})).map((list) => [
      list.name,
      list.recordKind,
      list.type,
      list.memberCount,
    ]);
    expect(summary).toEqual([
      ['Accounts', 'companies', 'smart', 1],
      ['board', 'contacts', 'static', 1],
      ['Customers', 'contacts', 'smart', 1],
    ]);
    expect((await app.call('lists.list', { recordKind: 'companies' })).map((list) => list.name)).toEqual([
      'Accounts',
    ]);
    expect(await app.send('lists.get', { id: 99 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
