import { expect, test } from './fixtures';

test('archiving a contact can be undone from the notification', async ({ page, host }) => {
  const ada = await host.call<{ id: number }>('contacts.create', { firstName: 'Ada', lastName: 'Lovelace' });
  await page.goto(`${host.url}#/contacts/${ada.id}`);

  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByText(/This contact was archived/)).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();

  await expect(page.getByText('Contact restored')).toBeVisible();
  await expect(page.getByText(/This contact was archived/)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Archive' })).toBeVisible();
  expect(await host.call('contacts.get', { id: ada.id })).toMatchObject({ archivedAt: null });
});

test('an archived contact can be restored from its banner', async ({ page, host }) => {
  const ada = await host.call<{ id: number }>('contacts.create', { firstName: 'Ada', lastName: 'Lovelace' });
  await host.call('contacts.archive', { id: ada.id });
  await page.goto(`${host.url}#/contacts/${ada.id}`);

  await page.getByRole('button', { name: 'Restore' }).click();

  await expect(page.getByRole('button', { name: 'Archive' })).toBeVisible();
  expect(await host.call('contacts.get', { id: ada.id })).toMatchObject({ archivedAt: null });
});
