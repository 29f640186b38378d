import { expect, test } from './fixtures';

const createContact = (
  host: { call: <T>(channel: string, input: unknown) => Promise<T> },
  input: Record<string, unknown>,
) => host.call<{ id: number }>('contacts.create', input);

test('a static list made from a selection on the contacts screen', async ({ page, host }) => {
  await createContact(host, { firstName: 'Zoë', lastName: 'Łukasz-Müller' });
  await createContact(host, { firstName: 'Ada', lastName: 'Lovelace' });
  await createContact(host, { firstName: 'Grace', lastName: 'Hopper' });
  await page.goto(`${host.url}#/contacts`);

  await page.getByRole('checkbox', { name: 'Select Zoë Łukasz-Müller' }).check();
  await page.getByRole('checkbox', { name: 'Select Grace Hopper' }).check();
  await expect(page.getByText('2 contacts selected')).toBeVisible();
  await page.getByRole('button', { name: 'Add to list' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add 2 contacts to a list' });
  await dialog.getByLabel('New list name').fill('Conference 2026');
  await dialog.getByRole('button', { name: 'Create list and add' }).click();
  await expect(page.getByText('Added to Conference 2026')).toBeVisible();
  await expect(page.getByText('2 contacts selected')).toBeHidden();

  await page.getByRole('navigation').getByRole('link', { name: 'Lists' }).click();
  const row = page.getByRole('row', { name: /Conference 2026/ });
  await expect(row).toContainText('Static');
  await expect(row).toContainText('2');
  await row.getByRole('link', { name: 'Conference 2026' }).click();

  const members = page.getByRole('table', { name: 'Members of Conference 2026' });
  await expect(members.getByRole('link', { name: 'Zoë Łukasz-Müller' })).toBeVisible();
  await expect(members.getByRole('link', { name: 'Grace Hopper' })).toBeVisible();
  await expect(members.getByRole('link', { name: 'Ada Lovelace' })).toBeHidden();

  await members.getByRole('button', { name: 'Remove Grace Hopper from Conference 2026' }).click();
  await expect(members.getByRole('link', { name: 'Grace Hopper' })).toBeHidden();
  await expect(page.getByText('1 contact', { exact: true })).toBeVisible();
});

test('everyone matching a search goes into an existing list in one go', async ({ page, host }) => {
  const acme = await host.call<{ id: number }>('companies.create', { name: 'Acme' });
  await createContact(host, { firstName: 'Ada', lastName: 'Lovelace', companyId: acme.id });
  await createContact(host, { firstName: 'Grace', lastName: 'Hopper', companyId: acme.id });
  await createContact(host, { firstName: 'Alan', lastName: 'Turing' });
  await host.call('lists.create', { name: 'Acme people', recordKind: 'contacts' });
  await page.goto(`${host.url}#/contacts`);

  await page.getByLabel('Search contacts').fill('acme');
  await expect(page.getByText('2 contacts', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Add all matching to list' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add all matching contacts to a list' });
  await expect(dialog.getByText('Everyone matching “acme” among active contacts: 2 contacts.')).toBeVisible();
  await dialog.getByRole('combobox', { name: 'List' }).click();
  await page.getByRole('option', { name: 'Acme people' }).click();
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByText('2 contacts added; it now has 2 members.')).toBeVisible();
});

test('a smart list for a tag picks up a newly tagged contact by itself', async ({ page, host }) => {
  await createContact(host, { firstName: 'Grace', lastName: 'Hopper', tags: ['vip'] });
  const ada = await createContact(host, { firstName: 'Ada', lastName: 'Lovelace', tags: ['vip-old'] });
  await page.goto(`${host.url}#/lists`);

  await page.getByRole('link', { name: 'New list' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill('VIPs');
  await page.getByRole('radio', { name: 'Smart' }).check();
  await page.getByRole('combobox', { name: 'Tags' }).fill('vip');
  await page.getByRole('combobox', { name: 'Tags' }).press('Enter');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('heading', { name: 'VIPs', level: 1 })).toBeVisible();
  await expect(page.getByText('tagged vip')).toBeVisible();
  const members = page.getByRole('table', { name: 'Members of VIPs' });
  await expect(members.getByRole('link', { name: 'Grace Hopper' })).toBeVisible();
  await expect(members.getByRole('link', { name: 'Ada Lovelace' })).toBeHidden();

  await host.call('contacts.update', { id: ada.id, changes: { tags: ['vip'] } });
  await expect(members.getByRole('link', { name: 'Ada Lovelace' })).toBeVisible();
  await host.call('contacts.archive', { id: ada.id });
  await expect(members.getByRole('link', { name: 'Ada Lovelace' })).toBeHidden();
});
