import { expect, test } from './fixtures';

const entries = [
  'Today',
  'Contacts',
  'Companies',
  'Leads',
  'Deals',
  'Accounts',
  'Invoices',
  'Estimates',
  'Catalog',
  'Reports',
  'Settings',
];

test('every sidebar entry opens a page with its own heading', async ({ page, host }) => {
  await page.goto(host.url);
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  for (const name of entries) {
    await sidebar.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
  }
});

test('an unbuilt page says plainly that it is coming, and Settings shows the real workspace', async ({
  page,
  host,
}) => {
  await page.goto(`${host.url}#/today`);
  await expect(page.getByText('Coming soon')).toBeVisible();

  await page.goto(`${host.url}#/settings`);
  await page.getByRole('tab', { name: 'Workspace' }).click();
  await expect(page.getByText(host.dataDir, { exact: true })).toBeVisible();
  await expect(page.getByText('Schema version')).toBeVisible();
});
