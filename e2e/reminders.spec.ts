import { expect, test } from './fixtures';
import { daysFromToday, issueInvoiceToDang } from './issued-invoice';

test('reminder steps and late fees edited in Settings are kept after a reload', async ({ page, host }) => {
  await page.goto(`${host.url}#/settings/reminders`);
  await expect(page.getByRole('heading', { name: 'Reminder steps' })).toBeVisible();
  await expect(page.getByLabel('Days for step 3')).toHaveValue('7');
  await expect(page.getByLabel('When for step 3')).toHaveValue('after');
  await expect(page.getByLabel('Also create a follow-up task for step 4')).toBeChecked();

  await page.getByRole('button', { name: 'Remove step 1' }).click();
  await page.getByRole('button', { name: 'Add step' }).click();
  await page.getByLabel('Days for step 4').fill('30');
  await page.getByLabel('Also create a follow-up task for step 4').check();
  await page.getByLabel('Charge a late fee').check();
  await page.getByLabel('Percent of the balance').fill('2');
  await page.getByRole('button', { name: 'Save reminders' }).click();
  await expect(page.getByText('Reminder settings saved')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('When for step 1')).toHaveValue('on');
  await expect(page.getByLabel('Days for step 4')).toHaveValue('30');
  await expect(page.getByLabel('Also create a follow-up task for step 4')).toBeChecked();
  await expect(page.getByLabel('Days for step 5')).toHaveCount(0);
  await expect(page.getByLabel('Charge a late fee')).toBeChecked();
  await expect(page.getByLabel('Percent of the balance')).toHaveValue('2');
});

test('an overdue invoice gets its reminder drafted when the app opens again', async ({ page, host }) => {
  // Setup through the API: an invoice issued 40 days ago on net 14 terms, so 26 days overdue.
  const invoice = await issueInvoiceToDang(host, {
    unitPriceMinor: 120_000,
    issueDate: daysFromToday(-40),
    termsDays: 14,
  });
  await host.restart();

  await page.goto(`${host.url}#/invoices/${invoice.id}`);
  const card = page.getByRole('region', { name: 'Reminders' });
  const reminders = card.getByRole('list', { name: 'Reminders so far' });
  await expect(reminders.getByRole('listitem')).toHaveCount(4);
  await expect(reminders.getByRole('listitem').last()).toContainText('14 days after due');
  await expect(reminders.getByRole('listitem').last()).toContainText('Reminder drafted');
  await expect(card.getByText('Skipped')).toHaveCount(3);
  await expect(card.getByRole('link', { name: 'Open the outbox' })).toHaveAttribute('href', '#/outbox');
  await expect(card).toContainText('No more reminders planned.');
});
