import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../shared/contacts';
import { importCsv } from '../imports/import-test-support';
import { startTestApp, type TestApp } from '../test-support';

const seedPeople = async (app: TestApp) => {
  const studio = await app.call('companies.create', { name: 'Ærøskøbing Design ApS', website: 'aero.dk' });
  await app.call('contacts.create', {
    firstName: 'Zoë',
    lastName: 'Łukasz-Müller',
    title: 'Head of "Design", Nordics',
    companyId: studio.id,
    emails: ['zoe@aero.dk', 'zoe.private@example.com'],
    phones: ['+45 12 34 56 78', '+45 87 65 43 21'],
    tags: ['design', 'vip'],
    notes: 'Met in Copenhagen.\nLikes long lunches; hates "synergy".',
    address: { line1: 'Vestergade 1', postalCode: '5970', city: 'Ærøskøbing', country: 'DK' },
  });
  await app.call('contacts.create', { firstName: '=HYPERLINK("http://evil.example")', lastName: '@risk' });
  const archived = await app.call('contacts.create', { firstName: 'Old', lastName: 'Friend' });
  await app.call('contacts.archive', { id: archived.id });
};

const people = async (app: TestApp) => {
  const { rows } = await app.call('contacts.list', { status: 'all', limit: 500 });
  const contacts = await Promise.all(rows.map((row) => app.call('contacts.get', { id: row.id })));
  return contacts.map(({ id, companyId, createdAt, updatedAt, archivedAt, ...person }: Contact) => person);
};

describe('exporting a list to CSV', () => {
  it('writes every matching row with a header and a BOM, quoting what needs it and defusing formulas', async () => {
    const app = await startTestApp();
    await seedPeople(app);
    const exported = await app.call('exports.csv', { kind: 'contacts', filter: {} });
    expect(exported.fileName).toMatch(/^contacts-2026-11-2[45]\.csv$/);
    expect(exported.rows).toBe(2);
    expect(
      exported.csv.startsWith('\uFEFFFirst name,Last name,Email,Phone,Job title,Company,Tags,Notes,'),
    ).toBe(true);
    expect(exported.csv).toContain(
      'Zoë,Łukasz-Müller,"zoe@aero.dk, zoe.private@example.com","+45 12 34 56 78, +45 87 65 43 21","Head of ""Design"", Nordics",Ærøskøbing Design ApS,"design, vip","Met in Copenhagen.\nLikes long lunches; hates ""synergy"".",Vestergade 1,,5970,Ærøskøbing,,DK\r\n',
    );
    expect(exported.csv).toContain(`"'=HYPERLINK(""http://evil.example"")","'@risk"`);
    expect(exported.csv).not.toContain('Old');
  });

  it('takes the list’s own filter: search text, status and sort', async () => {
    const app = await startTestApp();
    await seedPeople(app);
    const names = async (filter: object) => {
      const { csv } = await app.call('exports.csv', { kind: 'contacts', filter });
      return Papa.parse<string[]>(csv.slice(1).trim())
        .data.slice(1)
        .map((row) => row[0]);
    };
    expect(await names({ query: 'zoe' })).toEqual(['Zoë']);
    expect(await names({ status: 'archived' })).toEqual(['Old']);
    expect(await names({ status: 'all', sort: 'recent' })).toEqual([
      'Old',
      `'=HYPERLINK("http://evil.example")`,
      'Zoë',
    ]);
  });

  it('round-trips: exporting and importing into a fresh workspace gives the same people and companies', async () => {
    const source = await startTestApp();
    await seedPeople(source);
    const target = await startTestApp();
    const contacts = await source.call('exports.csv', { kind: 'contacts', filter: { status: 'all' } });
    expect(await importCsv(target, 'contacts', contacts.csv)).toMatchObject({ created: 3, failed: 0 });
    // Archiving is not part of a CSV: the archived person comes back active.
    expect(await people(target)).toEqual(await people(source));

    const companies = await source.call('exports.csv', { kind: 'companies', filter: {} });
    expect(await importCsv(target, 'companies', companies.csv, { dedupe: 'merge' })).toMatchObject({
      merged: 1,
    });
    expect((await target.call('companies.list', {})).rows).toEqual([
      expect.objectContaining({ name: 'Ærøskøbing Design ApS', website: 'aero.dk' }),
    ]);
  });

  it('round-trips deals, values exact in each currency’s precision', async () => {
    const source = await startTestApp();
    const acme = await source.call('companies.create', { name: 'Acme' });
    for (const [title, valueMinor, currency] of [
      ['Audit', 1234567, 'BHD'],
      ['Workshop', 1234567, 'JPY'],
      ['Relaunch', 5, 'EUR'],
    ] as const) {
      await source.call('deals.create', {
        title,
        valueMinor,
        currency,
        companyId: acme.id,
        expectedCloseDate: '2027-01-15',
      });
    }
    const exported = await source.call('exports.csv', {
      kind: 'deals',
      filter: { sort: 'title', direction: 'asc' },
    });
    expect(exported.csv).toContain('Audit,Acme,1234.567,BHD,Qualified,2027-01-15,\r\n');
    expect(exported.csv).toContain('Relaunch,Acme,0.05,EUR,');

    const target = await startTestApp();
    expect(await importCsv(target, 'deals', exported.csv)).toMatchObject({ created: 3, companiesCreated: 1 });
    const deals = async (app: TestApp) =>
      (await app.call('deals.list', { sort: 'title', direction: 'asc' })).rows.map((d) => [
        d.title,
        d.companyName,
        d.valueMinor,
        d.currency,
        d.stageName,
        d.expectedCloseDate,
      ]);
    expect(await deals(target)).toEqual(await deals(source));
  });
});
