import { describe, expect, it } from 'vitest';
import { startTestApp } from '../test-support';
import { countRows, csvOf, importCsv } from './import-test-support';

const header = ['Company', 'Website', 'VAT', 'Employees', 'Industry', 'Tags'];

const withNorthwind = async () => {
  const app = await startTestApp();
  const northwind = await app.call('companies.create', {
    name: 'Northwind Traders',
    website: 'https://www.northwind.example/about',
    tags: ['retail'],
  });
  return { app, northwind };
};

describe('importing companies', () => {
  it('matches an existing company by website domain, whatever the scheme, www. or path', async () => {
    const { app, northwind } = await withNorthwind();
    const file = csvOf([
      header,
      ['Northwind GmbH', 'northwind.example', 'DE123456789', '1,200', 'Logistics', 'vip'],
    ]);

    expect(await importCsv(app, 'companies', file, { dedupe: 'skip' })).toMatchObject({
      skipped: 1,
      created: 0,
    });
    expect(await importCsv(app, 'companies', file, { dedupe: 'merge' })).toMatchObject({
      merged: 1,
      created: 0,
    });
    expect(await app.call('companies.get', { id: northwind.id })).toMatchObject({
      name: 'Northwind Traders',
      website: 'https://www.northwind.example/about',
      taxId: 'DE123456789',
      employeeCount: 1200,
      industry: 'Logistics',
      tags: ['retail', 'vip'],
    });
    expect(await importCsv(app, 'companies', file, { dedupe: 'create' })).toMatchObject({ created: 1 });
    expect(countRows(app, 'companies')).toBe(2);
  });

  it('without a domain match, matches the exact name ignoring case, in the workspace and in the file', async () => {
    const { app } = await withNorthwind();
    const file = csvOf([
      header,
      ['NORTHWIND TRADERS', '', '', '', '', ''],
      ['Contoso', 'contoso.example', '', '', '', ''],
      ['Contoso Ltd', 'http://www.contoso.example', '', '', '', ''],
      ['contoso', '', '', '12', '', ''],
      ['Fabrikam', 'fabrikam.example', '', '', '', ''],
    ]);
    expect(await importCsv(app, 'companies', file, { dedupe: 'skip' })).toMatchObject({
      created: 2,
      skipped: 3,
    });
    expect(countRows(app, 'companies')).toBe(3);
  });

  it('refuses what the company form refuses, naming the column', async () => {
    const app = await startTestApp();
    const result = await importCsv(
      app,
      'companies',
      csvOf([
        header,
        ['', 'example.com', '', '', '', ''],
        ['Acme', 'not a website', '', '', '', ''],
        ['Acme', '', '', 'about forty', '', ''],
      ]),
    );
    expect(result.errors).toEqual([
      { row: 2, column: 'Company', message: 'Company name is required' },
      { row: 3, column: 'Website', message: 'Enter a web address such as example.com' },
      { row: 4, column: 'Employees', message: 'Use a whole number such as 40' },
    ]);
    expect(countRows(app, 'companies')).toBe(0);
  });
});
