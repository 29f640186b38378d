import { describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test-support';
import { countRows, csvOf, importCsv } from './import-test-support';

const header = ['First name', 'Last name', 'E-mail', 'Phone', 'Company', 'Tags', 'City', 'Country'];

const contactsNamed = async (app: TestApp, query: string) => {
  const { rows } = await app.call('contacts.list', { query, status: 'all' });
  return Promise.all(rows.map((row) => app.call('contacts.get', { id: row.id })));
};

const withExistingAda = async () => {
  const app = await startTestApp();
  const ada = await app.call('contacts.create', {
    firstName: 'Ada',
    emails: ['Ada@Example.com'],
    tags: ['math'],
  });
  return { app, ada };
};

const adaAgain = csvOf([
  header,
  [
    'Ada',
    'Lovelace',
    'ada@example.COM; countess@example.com',
    '+44 20 7946 0000',
    '',
    'vip, Math',
    'London',
    'United Kingdom',
  ],
]);

describe('importing contacts', () => {
  it('creates people with their lists, address and a company found or created by name', async () => {
    const app = await startTestApp();
    const acme = await app.call('companies.create', { name: 'ACME Corp' });
    const result = await importCsv(
      app,
      'contacts',
      csvOf([
        header,
        [
          'Zoë',
          'Łukasz-Müller',
          'zoe@aero.dk',
          '+45 12 34 56 78',
          'acme corp',
          'design; vip',
          'Ærøskøbing',
          'dk',
        ],
        ['Bernd', 'Weber', '', '', 'Weber & Söhne', '', 'Köln', 'Germany'],
        ['Clara', 'Weber', '', '', 'WEBER & SÖHNE', '', '', ''],
      ]),
    );
    expect(result).toMatchObject({ committed: true, total: 3, created: 3, failed: 0, companiesCreated: 1 });

    const [zoe] = await contactsNamed(app, 'zoe');
    expect(zoe).toMatchObject({
      firstName: 'Zoë',
      lastName: 'Łukasz-Müller',
      companyId: acme.id,
      emails: ['zoe@aero.dk'],
      phones: ['+45 12 34 56 78'],
      tags: ['design', 'vip'],
      address: { city: 'Ærøskøbing', country: 'DK' },
      createdAt: '2026-11-24T09:00:00.000Z',
    });
    const webers = await contactsNamed(app, 'weber');
    expect(webers.map((c) => [c.firstName, c.companyName, c.address.country])).toEqual([
      ['Bernd', 'Weber & Söhne', 'DE'],
      ['Clara', 'Weber & Söhne', ''],
    ]);
    expect(webers[0]?.companyId).toBe(webers[1]?.companyId);
    expect(countRows(app, 'companies')).toBe(2);
    expect((await app.call('search.global', { query: 'sohne' })).contacts).toHaveLength(2);
  });

  it('skip: a row whose email a contact already has (in any case) is left out', async () => {
    const { app, ada } = await withExistingAda();
    expect(await importCsv(app, 'contacts', adaAgain, { dedupe: 'skip' })).toMatchObject({
      created: 0,
      skipped: 1,
    });
    expect(await app.call('contacts.get', { id: ada.id })).toEqual(ada);
  });

  it('merge: fills the empty fields and adds new emails, phones and tags to the existing contact', async () => {
    const { app, ada } = await withExistingAda();
    expect(await importCsv(app, 'contacts', adaAgain, { dedupe: 'merge' })).toMatchObject({
      created: 0,
      merged: 1,
    });
    expect(await app.call('contacts.get', { id: ada.id })).toMatchObject({
      firstName: 'Ada',
      lastName: 'Lovelace',
      emails: ['Ada@Example.com', 'countess@example.com'],
      phones: ['+44 20 7946 0000'],
      tags: ['math', 'vip'],
      address: { city: 'London', country: 'GB' },
    });
    expect(countRows(app, 'contacts')).toBe(1);
  });

  it('create: always adds a new contact, even with a known email', async () => {
    const { app } = await withExistingAda();
    expect(await importCsv(app, 'contacts', adaAgain, { dedupe: 'create' })).toMatchObject({ created: 1 });
    expect(countRows(app, 'contacts')).toBe(2);
  });

  it('finds duplicates among earlier rows of the same file too', async () => {
    const app = await startTestApp();
    const file = csvOf([
      header,
      ['Grace', 'Hopper', 'grace@navy.mil', '', '', 'cobol', '', ''],
      [
        'Grace',
        '',
        'GRACE@navy.mil, amazing@grace.org',
        '+1 555 0100',
        'US Navy',
        'admiral',
        'Arlington',
        'US',
      ],
      ['G.', 'Hopper', 'amazing@grace.org', '', '', '', '', ''],
    ]);
    // The skipped row's other address is not anyone's, so the third row is a new person.
    expect(await importCsv(app, 'contacts', file, { dedupe: 'skip' })).toMatchObject({
      created: 2,
      skipped: 1,
    });

    const merging = await startTestApp();
    expect(await importCsv(merging, 'contacts', file, { dedupe: 'merge' })).toMatchObject({
      created: 1,
      merged: 2,
    });
    expect(await contactsNamed(merging, 'grace')).toEqual([
      expect.objectContaining({
        lastName: 'Hopper',
        emails: ['grace@navy.mil', 'amazing@grace.org'],
        phones: ['+1 555 0100'],
        tags: ['cobol', 'admiral'],
        companyName: 'US Navy',
        address: expect.objectContaining({ city: 'Arlington', country: 'US' }),
      }),
    ]);

    const creating = await startTestApp();
    expect(await importCsv(creating, 'contacts', file, { dedupe: 'create' })).toMatchObject({ created: 3 });
  });

  it('reports each bad row by its spreadsheet row number (blank lines count), column and the form’s message', async () => {
    const app = await startTestApp();
    const result = await importCsv(
      app,
      'contacts',
      `${csvOf([
        header,
        ['Ada', '', 'ada@example.com', '', '', '', '', ''],
        ['', 'Nameless', '', '', '', '', '', ''],
        ['Bob', '', 'bob@example.com, not-an-email', '', '', '', '', ''],
      ])}\n,,,,,,,\nCarl,,,,,,,Narnia\nDora,,,phone me,,,,\nEve,,,,,,,,extra\n`,
    );
    expect(result).toMatchObject({ committed: true, total: 6, created: 1, failed: 5 });
    expect(result.errors).toEqual([
      { row: 3, column: 'First name', message: 'First name is required' },
      { row: 4, column: 'E-mail', message: 'Enter a valid email address' },
      { row: 7, column: 'Country', message: 'Use a two-letter country code such as DE' },
      { row: 8, column: 'Phone', message: 'Use digits, spaces and + ( ) - . / only' },
      { row: 9, column: '', message: 'This row has more cells than the header has columns' },
    ]);
    expect(countRows(app, 'contacts')).toBe(1);
  });
});
