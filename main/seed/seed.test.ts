import { describe, expect, it } from 'vitest';
import { companyFields } from '../../shared/companies';
import { contactFields } from '../../shared/contacts';
import type { CompanyRecord, ContactRecord } from '../db/schema';
import { foldForSearch } from '../search/full-text';
import { startTestApp, type TestApp } from '../test-support';
import { seedWorkspace } from './seed-workspace';

const now = new Date('2026-11-24T09:00:00.000Z');
const twoYearsMs = 730 * 24 * 60 * 60 * 1000;

const seeded = async (contacts: number, options: { seed?: number; companies?: number } = {}) => {
  const app = await startTestApp();
  const result = await seedWorkspace(app.workspace, { contacts, now, ...options });
  return { app, result };
};

const allRows = <T>(app: TestApp, table: 'contacts' | 'companies') =>
  app.workspace.sqlite.prepare(`SELECT * FROM ${table} ORDER BY id`).all() as T[];

const fullName = (contact: ContactRecord) => `${contact.first_name} ${contact.last_name}`;

describe('seeding a workspace', () => {
  it('gives the same companies and contacts, row for row, for the same seed and clock', async () => {
    const first = await seeded(300, { seed: 42 });
    const again = await seeded(300, { seed: 42 });
    const other = await seeded(300, { seed: 43 });
    expect(allRows(again.app, 'contacts')).toEqual(allRows(first.app, 'contacts'));
    expect(allRows(again.app, 'companies')).toEqual(allRows(first.app, 'companies'));
    expect(allRows(other.app, 'contacts')).not.toEqual(allRows(first.app, 'contacts'));
  });

  it('adds the contacts asked for, about one company per eight, and leaves some people without one', async () => {
    const { app, result } = await seeded(2000);
    expect(result).toMatchObject({ contacts: 2000, companies: 250 });
    expect((await app.call('contacts.list', { status: 'all', limit: 1 })).total).toBe(2000);
    expect((await app.call('companies.list', { status: 'all', limit: 1 })).total).toBe(250);
    const contacts = allRows<ContactRecord>(app, 'contacts');
    const withoutCompany = contacts.filter((c) => c.company_id === null).length / contacts.length;
    expect(withoutCompany).toBeGreaterThan(0.08);
    expect(withoutCompany).toBeLessThan(0.3);

    const explicit = await seeded(50, { companies: 20 });
    expect(explicit.result).toMatchObject({ contacts: 50, companies: 20 });
  });

  it('writes names the way people write them: diacritics, and Cyrillic, Greek, CJK and Arabic script', async () => {
    const { app } = await seeded(2000);
    const names = allRows<ContactRecord>(app, 'contacts').map(fullName);
    const share = (pattern: RegExp) => names.filter((name) => pattern.test(name)).length / names.length;
    expect(share(/[À-ɏḀ-ỿ]/u)).toBeGreaterThan(0.25);
    expect(share(/[łŁøØđĐæÆþÞ]/u)).toBeGreaterThan(0.01);
    for (const script of [
      /\p{Script=Cyrillic}/u,
      /\p{Script=Greek}/u,
      /\p{Script=Han}/u,
      /\p{Script=Arabic}/u,
    ]) {
      expect(share(script), String(script)).toBeGreaterThan(0.003);
    }
    expect(share(/[^\p{Script=Latin}\s'-]/u)).toBeLessThan(0.25);
    const companies = allRows<CompanyRecord>(app, 'companies').map((c) => c.name);
    expect(companies.some((name) => /\p{Script=Han}|\p{Script=Cyrillic}/u.test(name))).toBe(true);
  });

  it('makes records the app itself would accept', async () => {
    const { app } = await seeded(600);
    for (const row of allRows<ContactRecord>(app, 'contacts')) {
      const parsed = contactFields.safeParse({
        firstName: row.first_name,
        lastName: row.last_name,
        title: row.title,
        emails: JSON.parse(row.emails),
        phones: JSON.parse(row.phones),
        tags: JSON.parse(row.tags),
        notes: row.notes,
        address: {
          city: row.city,
          country: row.country,
          line1: row.address_line1,
          postalCode: row.postal_code,
        },
      });
      expect(parsed.error?.issues, fullName(row)).toBeUndefined();
    }
    for (const row of allRows<CompanyRecord>(app, 'companies')) {
      const parsed = companyFields.safeParse({
        name: row.name,
        website: row.website,
        email: row.email,
        phone: row.phone,
        taxId: row.tax_id,
        industry: row.industry,
        employeeCount: row.employee_count,
        tags: JSON.parse(row.tags),
        notes: row.notes,
        address: {
          city: row.city,
          country: row.country,
          line1: row.address_line1,
          postalCode: row.postal_code,
        },
      });
      expect(parsed.error?.issues, row.name).toBeUndefined();
    }
  });

  it('spreads records over the two years before now, in creation order, some edited and some archived', async () => {
    const { app } = await seeded(1000);
    const contacts = allRows<ContactRecord>(app, 'contacts');
    const created = contacts.map((c) => Date.parse(c.created_at));
    expect(Math.min(...created)).toBeGreaterThanOrEqual(now.getTime() - twoYearsMs);
    expect(Math.max(...created)).toBeLessThanOrEqual(now.getTime());
    expect(created).toEqual([...created].sort((a, b) => a - b));
    expect(contacts.every((c) => c.updated_at >= c.created_at)).toBe(true);
    expect(contacts.filter((c) => c.updated_at > c.created_at).length).toBeGreaterThan(200);
    const archived = contacts.filter((c) => c.archived_at !== null);
    expect(archived.length).toBeGreaterThan(10);
    expect(archived.every((c) => c.updated_at === c.archived_at)).toBe(true);
  });

  it('adds to what a workspace already holds', async () => {
    const app = await startTestApp();
    const ada = await app.call('contacts.create', { firstName: 'Ada', lastName: 'Lovelace' });
    await seedWorkspace(app.workspace, { contacts: 40, now });
    expect((await app.call('contacts.list', { status: 'all' })).total).toBe(41);
    expect(await app.call('contacts.get', { id: ada.id })).toMatchObject({ firstName: 'Ada' });
  });
});

describe('seeded people', () => {
  const someone = (app: TestApp, where: string) =>
    app.workspace.sqlite
      .prepare(`SELECT * FROM contacts WHERE archived_at IS NULL AND ${where} ORDER BY id LIMIT 1`)
      .get() as ContactRecord;

  it('are found by their names typed without diacritics, in the list and in global search', async () => {
    const { app } = await seeded(1500);
    const zofia = someone(app, `last_name GLOB '*[łøđæØŁĐÆüöäéèñçšž]*' AND first_name NOT LIKE '% %'`);
    const typed = `${foldForSearch(zofia.first_name)} ${foldForSearch(zofia.last_name).slice(0, 4)}`;
    expect(typed).toMatch(/^[a-z' -]+$/);

    const listed = await app.call('contacts.list', { query: typed, limit: 500 });
    expect(listed.rows.map((row) => row.id)).toContain(zofia.id);

    const found = await app.call('search.global', { query: typed, limit: 50 });
    expect(found.contacts.map((contact) => contact.id)).toContain(zofia.id);
  });

  it('are found in their own script, and their companies by name', async () => {
    const { app } = await seeded(1500);
    const cyrillic = someone(app, `first_name GLOB '*[а-яА-Я]*'`);
    const typed = Array.from(cyrillic.first_name.toLowerCase()).slice(0, 3).join('');
    const listed = await app.call('contacts.list', { query: typed, limit: 500 });
    expect(listed.rows.map((row) => row.id)).toContain(cyrillic.id);

    const company = app.workspace.sqlite
      .prepare(
        `SELECT id, name FROM companies WHERE archived_at IS NULL AND name GLOB '*[äöüéåøæłńś]*' LIMIT 1`,
      )
      .get() as Pick<CompanyRecord, 'id' | 'name'>;
    const found = await app.call('search.global', { query: foldForSearch(company.name), limit: 50 });
    expect(found.companies.map((c) => c.id)).toContain(company.id);
  });
});
