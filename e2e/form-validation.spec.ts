import { expect, test } from './fixtures';

test('an invalid email is flagged beside its own field and nothing is written', async ({ page, host }) => {
  await page.goto(`${host.url}#/contacts/new`);
  await page.getByLabel('First name').fill('Grace');
  await page.getByRole('button', { name: 'Add email' }).click();
  await page.getByLabel('Email 2').fill('grace@');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByText('Enter a valid email address')).toBeVisible();
  await expect(page.getByLabel('Email 2')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Email', { exact: true })).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('heading', { level: 1, name: 'New contact' })).toBeVisible();
  expect(await host.call('contacts.list', {})).toMatchObject({ total: 0 });
});
