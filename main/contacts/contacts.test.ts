import { describe, expect, it } from 'vitest';
import { startTestApp } from '../test-support';

describe('contacts', () => {
  it('are created with their company, read back, edited, archived and restored', async () => {
    const app = await startTestApp();
    const company = await app.call('companies.create', {
      name: 'Ærøskøbing Design ApS',
      taxId: 'DK12345678',
    });
    const zoe = await app.call('contacts.create', {
      firstName: 'Zoë',
      lastName: 'Łukasz-Müller',
      title: 'Head of Design',
      companyId: company.id,
      emails: ['zoe@aero.dk', 'zoe.private@example.com'],
      phones: ['+45 12 34 56 78'],
      tags: ['design', 'vip'],
      address: { city: 'Ærøskøbing', country: 'dk' },
    });
    expect(zoe).toMatchObject({
      companyName: 'Ærøskøbing Design ApS',
      emails: ['zoe@aero.dk', 'zoe.private@example.com'],
      address: { city: 'Ærøskøbing', country: 'DK', line1: '' },
      createdAt: '2026-11-24T09:00:00.000Z',
      archivedAt: null,
    });
    expect(await app.call('contacts.get', { id: zoe.id })).toEqual(zoe);

    const edited = await app.call('contacts.update', { id: zoe.id, changes: { title: 'Design Director' } });
    expect(edited).toMatchObject({ title: 'Design Director', emails: zoe.emails, tags: ['design', 'vip'] });

    const archived = await app.call('contacts.archive', { id: zoe.id });
    expect(archived.archivedAt).not.toBeNull();
    expect((await app.call('contacts.list', {})).total).toBe(0);
    expect((await app.call('contacts.list', { status: 'archived' })).rows.map((r) => r.id)).toEqual([zoe.id]);
    expect((await app.call('companies.get', { id: company.id })).contactCount).toBe(0);

    await app.call('contacts.restore', { id: zoe.id });
    expect((await app.call('contacts.list', {})).rows).toEqual([
      expect.objectContaining({ id: zoe.id, email: 'zoe@aero.dk', phone: '+45 12 34 56 78' }),
    ]);
  });

  it('refuse a company that does not exist and write nothing', async () => {
    const app = await startTestApp();
    const result = await app.send('contacts.create', { firstName: 'Ada', companyId: 999 });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { companyId: expect.any(String) } },
    });
    expect((await app.call('contacts.list', { status: 'all' })).total).toBe(0);
  });

  it('answer not_found for an id that does not exist', async () => {
    const app = await startTestApp();
    expect(await app.send('contacts.update', { id: 42, changes: { title: 'x' } })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'Contact 42 does not exist' },
    });
  });

  it('list in name order or newest first, a page at a time, and by company', async () => {
    const app = await startTestApp();
    const acme = await app.call('companies.create', { name: 'Acme' });
    for (const [firstName, lastName] of [
      ['Émile', 'zola'],
      ['Ada', 'Lovelace'],
      ['Grace', 'Hopper'],
      ['Alan', 'Turing'],
    ] as const) {
      await app.call('contacts.create', {
        firstName,
        lastName,
        companyId: lastName === 'Hopper' ? acme.id : null,
      });
    }
    const byName = await app.call('contacts.list', { limit: 2, offset: 1 });
    expect(byName.total).toBe(4);
    expect(byName.rows.map((r) => r.lastName)).toEqual(['Lovelace', 'Turing']);
    const newest = await app.call('contacts.list', { sort: 'recent', limit: 1 });
    expect(newest.rows[0]?.lastName).toBe('Turing');
    const atAcme = await app.call('contacts.list', { companyId: acme.id });
    expect(atAcme.rows.map((r) => r.lastName)).toEqual(['Hopper']);
  });
});

describe('contact search', () => {
  const seed = async () => {
    const app = await startTestApp();
    const company = await app.call('companies.create', { name: 'Đặng Consulting' });
    await app.call('contacts.create', {
      firstName: 'Zoë',
      lastName: 'Łukasz-Müller',
      emails: ['zoe@aero.dk'],
      companyId: company.id,
    });
    await app.call('contacts.create', { firstName: 'Зоя', lastName: 'Смирнова', emails: ['zoya@mail.ru'] });
    await app.call('contacts.create', { firstName: 'Zoey', lastName: 'Adams' });
    await app.call('contacts.create', { firstName: 'Σοφία', lastName: 'Παπαδοπούλου' });
    return { app, company };
  };
  const names = (rows: { firstName: string }[]) => rows.map((r) => r.firstName).sort();

  it('folds diacritics and letters like Ł, and matches prefixes', async () => {
    const { app } = await seed();
    const search = async (query: string) => names((await app.call('contacts.list', { query })).rows);
    expect(await search('zoe')).toEqual(['Zoey', 'Zoë']);
    expect(await search('lukasz')).toEqual(['Zoë']);
    expect(await search('MÜLL')).toEqual(['Zoë']);
    expect(await search('зоя')).toEqual(['Зоя']);
    expect(await search('σοφια')).toEqual(['Σοφία']);
    expect(await search('zoe lu')).toEqual(['Zoë']);
  });

  it('finds people by email and by their company name, and follows a company rename', async () => {
    const { app, company } = await seed();
    expect(names((await app.call('contacts.list', { query: 'aero.dk' })).rows)).toEqual(['Zoë']);
    expect(names((await app.call('contacts.list', { query: 'dang' })).rows)).toEqual(['Zoë']);
    await app.call('companies.update', { id: company.id, changes: { name: 'Northwind' } });
    expect((await app.call('contacts.list', { query: 'dang' })).total).toBe(0);
    expect(names((await app.call('contacts.list', { query: 'northw' })).rows)).toEqual(['Zoë']);
  });

  it('treats search syntax as plain text and finds nothing for punctuation alone', async () => {
    const { app } = await seed();
    expect(names((await app.call('contacts.list', { query: '"zoe*) (' })).rows)).toEqual(['Zoey', 'Zoë']);
    expect((await app.call('contacts.list', { query: 'NEAR(zoe OR' })).total).toBe(0);
    expect(await app.call('contacts.list', { query: '*** "' })).toEqual({ rows: [], total: 0 });
  });

  it('global search returns companies and active contacts, best match first', async () => {
    const { app } = await seed();
    const result = await app.call('search.global', { query: 'đang' });
    expect(result.companies.map((c) => c.name)).toEqual(['Đặng Consulting']);
    expect(result.contacts.map((c) => c.firstName)).toEqual(['Zoë']);
    const zoey = (await app.call('search.global', { query: 'zoey' })).contacts[0];
    await app.call('contacts.archive', { id: zoey?.id ?? 0 });
    expect((await app.call('search.global', { query: 'zoey' })).contacts).toEqual([]);
  });
});
