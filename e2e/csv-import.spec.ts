import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

/** 1,000 people; rows 3, 420 and 999 of the data carry an email address that is not one. */
const badRows = new Set([3, 420, 999]);
const peopleCsv = () => {
  const lines = ['First name,Last name,E-mail,Company,Tags'];
  for (let i = 1; i <= 1000; i++) {
    const email = badRows.has(i) ? `person${i}(at)example.com` : `person${i}@example.com`;
    lines.push(`Person${i},Tester${i},${email},Studio ${i % 9},imported`);
  }
  lines.push('Zoë,Łukasz-Müller,zoe@aero.dk,"Ærøskøbing Design, ApS","design, vip"');
  return `${lines.join('\r\n')}\r\n`;
};

test('a consultant imports 1,000 contacts from a CSV file, sees which rows failed, and finds the people', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Import CSV' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Contacts' })).toBeChecked();

  await page.getByLabel('CSV file').setInputFiles({
    name: 'people.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(peopleCsv(), 'utf8'),
  });
  await expect(page.getByText('1,001 rows found')).toBeVisible();
  const preview = page.getByRole('table', { name: 'Preview of the first rows' });
  await expect(preview.getByRole('cell', { name: 'person1@example.com' })).toBeVisible();
  await expect(page.getByLabel('Column “E-mail” maps to')).toHaveValue('email');
  await expect(page.getByLabel('Column “Company” maps to')).toHaveValue('company');
  await page.getByLabel('Column “Tags” maps to').selectOption({ label: 'Don’t import' });

  await page.getByRole('radio', { name: 'Skip' }).check();
  await expect(page.getByLabel('All or nothing')).not.toBeChecked();
  await page.getByRole('button', { name: 'Import', exact: true }).click();

  await expect(page.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
  await expect(page.getByText('1,001 of 1,001 rows')).toBeVisible();
  await expect(page.getByText('Import finished')).toBeVisible();
  await expect(page.getByText('998 created')).toBeVisible();
  await expect(page.getByText('3 failed')).toBeVisible();
  await expect(page.getByText('10 companies were created from the Company column.')).toBeVisible();

  const report = page.getByRole('table', { name: 'Error report' });
  await expect(report.getByRole('row')).toHaveCount(1 + badRows.size);
  for (const row of badRows) {
    // The header is row 1 of the file, so data row n is row n + 1.
    await expect(
      report.getByRole('row', { name: `${row + 1} E-mail Enter a valid email address` }),
    ).toBeVisible();
  }
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download error report' }).click();
  expect((await download).suggestedFilename()).toMatch(/^import-errors-\d{4}-\d{2}-\d{2}\.csv$/);

  await page.getByRole('link', { name: 'Go to contacts' }).click();
  await expect(page.getByText('998 contacts', { exact: true })).toBeVisible();
  await page.getByLabel('Search contacts').fill('lukasz');
  await page.getByRole('link', { name: 'Zoë Łukasz-Müller' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zoë Łukasz-Müller' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Ærøskøbing Design, ApS');
  await expect(page.getByRole('main')).not.toContainText('vip');
});

test('with all or nothing on, one bad row means nothing is imported', async ({ page, host }) => {
  await page.goto(`${host.url}#/import?kind=companies`);
  await expect(page.getByRole('radio', { name: 'Companies' })).toBeChecked();
  await page.getByLabel('CSV file').setInputFiles({
    name: 'companies.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'Name,Website,Employees\nNorthwind,northwind.example,40\nContoso,contoso.example,lots\n',
    ),
  });
  await page.getByLabel('All or nothing').check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Nothing was imported')).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: 'Error report' })
      .getByRole('row', { name: '3 Employees Use a whole number such as 40' }),
  ).toBeVisible();
  expect(await host.call<{ total: number }>('companies.list', {})).toMatchObject({ total: 0 });
});

test('exports the contacts list as it is filtered, as a CSV download', async ({ page, host }) => {
  await host.call('contacts.create', { firstName: 'Ada', lastName: 'Lovelace', emails: ['ada@example.com'] });
  await host.call('contacts.create', { firstName: 'Grace', lastName: 'Hopper' });
  await page.goto(host.url);
  await page.getByLabel('Search contacts').fill('ada');
  await expect(page.getByText('1 contact', { exact: true })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^contacts-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync(await file.path(), 'utf8');
  expect(text).toContain('Ada,Lovelace,ada@example.com');
  expect(text).not.toContain('Grace');
});
