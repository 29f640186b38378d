import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** A day on this computer's calendar, as the app dates invoices. */
const localDate = (date: Date) => date.toLocaleDateString('sv');

/** A yyyy-mm-dd date as the app shows it in this browser. */
const shown = (page: Page, iso: string) =>
  page.evaluate(
    (day) =>
      new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(`${day}T00:00:00Z`),
      ),
    iso,
  );

test('a monthly schedule on a won deal’s account previews its runs, runs now and makes its invoice', async ({
  page,
  host,
}) => {
  // Setup through the API: a seller and a customer won through a deal, which gives it an account.
  await host.call('profile.update', { legalName: 'Zoë Łukasz-Müller Consulting' });
  const company = await host.call<{ id: number }>('companies.create', { name: 'Ærøskøbing Design ApS' });
  const deal = await host.call<{ id: number }>('deals.create', {
    title: 'Brand care',
    companyId: company.id,
  });
  const won = await host.call<{ accountId: number }>('deals.win', { id: deal.id });

  const now = new Date();
  const firstOfMonth = localDate(new Date(now.getFullYear(), now.getMonth(), 1));
  const firstOfNext = localDate(new Date(now.getFullYear(), now.getMonth() + 1, 1));

  await page.goto(`${host.url}#/accounts/${won.accountId}`);
  await expect(page.getByRole('heading', { name: 'Ærøskøbing Design ApS' })).toBeVisible();
  await page.getByRole('button', { name: 'New schedule' }).click();
  const dialog = page.getByRole('dialog', { name: 'New recurring invoice' });
  await dialog.getByLabel('Name').fill('Brand care retainer');
  await expect(dialog.getByLabel('Frequency')).toHaveValue('monthly');
  await dialog.getByLabel('Start date').fill(firstOfMonth);
  await dialog.getByLabel('Day of month').fill('1');
  await dialog.getByRole('button', { name: 'Add blank line' }).click();
  await dialog.getByLabel('Description 1').fill('Monthly brand care');
  await dialog.getByLabel('Unit price 1').fill('1,000.00');
  await expect(dialog.getByLabel('Amount 1')).toHaveText('€1,000.00');
  await expect(dialog.getByLabel('Next runs preview')).toContainText(
    `${await shown(page, firstOfMonth)} · ${await shown(page, firstOfNext)}`,
  );
  await dialog.getByRole('button', { name: 'Create schedule' }).click();
  await expect(dialog).toBeHidden();

  const schedule = page.getByRole('group', { name: 'Brand care retainer' });
  await expect(schedule).toContainText('Monthly on the 1st');
  await expect(schedule.getByLabel('Next runs of Brand care retainer')).toContainText(
    await shown(page, firstOfMonth),
  );
  await expect(schedule).toContainText('No invoices made yet.');

  await page.getByRole('button', { name: 'Run now' }).click();
  const history = schedule.getByRole('table', { name: 'History of Brand care retainer' });
  const run = history.getByRole('row', { name: new RegExp(await shown(page, firstOfMonth)) });
  await expect(run).toContainText('Draft');
  await expect(run).toContainText('€1,190.00');
  await expect(schedule.getByLabel('Next runs of Brand care retainer')).toContainText(
    await shown(page, firstOfNext),
  );

  // Running again makes nothing more.
  await page.getByRole('button', { name: 'Run now' }).click();
  await expect(page.getByText('Nothing was due')).toBeVisible();
  await expect(history.getByRole('row')).toHaveCount(2);

  // Editing the line changes the invoices still to come, not the one already made.
  await schedule.getByRole('button', { name: 'Edit Brand care retainer' }).click();
  const editor = page.getByRole('dialog', { name: 'Edit Brand care retainer' });
  await expect(editor).toContainText('the 1 already made keep what they say');
  await editor.getByLabel('Unit price 1').fill('1,200.00');
  await editor.getByRole('button', { name: 'Save schedule' }).click();
  await expect(editor).toBeHidden();
  await expect(run).toContainText('€1,190.00');

  await run.getByRole('link', { name: 'Draft' }).click();
  await expect(page).toHaveURL(/#\/invoices\/\d+/);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Invoices', exact: true })
    .click();
  const listed = page.getByRole('row', { name: /Ærøskøbing Design ApS/ });
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText(await shown(page, firstOfMonth));
  await expect(listed).toContainText('€1,190.00');
});
