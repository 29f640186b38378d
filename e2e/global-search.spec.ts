import { expect, test } from './fixtures';

test('Ctrl+K finds a company and a contact, and Enter opens them', async ({ page, host }) => {
  await host.call('companies.create', { name: 'Nordlicht Consulting GmbH' });
  await host.call('contacts.create', { firstName: 'Søren', lastName: 'Kierkegaard' });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();

  await page.keyboard.press('Control+K');
  await page.keyboard.type('kierke');
  await expect(page.getByRole('option', { name: /Søren Kierkegaard/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Search' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();

  await page.keyboard.press('Control+K');
  await page.keyboard.type('nordlicht');
  await expect(page.getByRole('option', { name: /Nordlicht Consulting GmbH/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Nordlicht Consulting GmbH' })).toBeVisible();

  // Enter straight after typing opens the best match once it arrives, never a stale one.
  await page.getByRole('button', { name: 'Search' }).click();
  await page.keyboard.type('soren');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Søren Kierkegaard' })).toBeVisible();
});
