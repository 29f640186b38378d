import { expect, test } from './fixtures';

test('a consultant files a new contact under a company, finds her again, edits her, and it all survives a restart', async ({
  page,
  host,
}) => {
  await host.call('contacts.create', { firstName: 'Bernd', lastName: 'Weber' });
  await page.goto(host.url);
  const sidebar = page.getByRole('navigation', { name: 'Main' });

  await sidebar.getByRole('link', { name: 'Companies' }).click();
  await page.getByRole('link', { name: 'New company' }).click();
  await page.getByLabel('Company name').fill('Łódź Analytics');
  await page.getByLabel('Website').fill('lodz-analytics.pl');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Łódź Analytics' })).toBeVisible();

  await sidebar.getByRole('link', { name: 'Contacts' }).click();
  await page.getByRole('link', { name: 'New contact' }).click();
  await page.getByLabel('First name').fill('Zoë');
  await page.getByLabel('Last name').fill('Łukasz-Müller');
  await page.getByLabel('Email').fill('zoe@lodz-analytics.pl');
  await page.getByRole('combobox', { name: 'Company' }).fill('lodz');
  await page.getByRole('option', { name: 'Łódź Analytics' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zoë Łukasz-Müller' })).toBeVisible();

  await sidebar.getByRole('link', { name: 'Contacts' }).click();
  await page.getByLabel('Search contacts').fill('zoe');
  await expect(page.getByText('1 contact', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Zoë Łukasz-Müller' }).click();
  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByLabel('Job title').fill('Head of Data');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('main')).toContainText('Head of Data at Łódź Analytics');

  await host.restart();
  await page.goto(host.url);
  await page.getByLabel('Search contacts').fill('zoe');
  await page.getByRole('link', { name: 'Zoë Łukasz-Müller' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zoë Łukasz-Müller' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Head of Data at Łódź Analytics');
});
