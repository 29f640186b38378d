import { expect, test } from './fixtures';

/** A day on this computer's calendar, `days` from today, as the app dates invoices. */
const daysFromToday = (days: number) => {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return date.toLocaleDateString('sv');
};

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
  await host.call('profile.update', { legalName: 'Zoë Łukasz-Müller Consulting' });
  const company = await host.call<{ id: number }>('companies.create', { name: 'Ærøskøbing Design ApS' });
  const contact = await host.call<{ id: number }>('contacts.create', {
    firstName: 'Đặng',
    lastName: 'Văn',
    companyId: company.id,
    emails: ['dang@example.com'],
  });
  const rates = await host.call<{ id: number; isDefault: boolean }[]>('taxRates.list', {});
  const draft = await host.call<{ id: number }>('invoices.create', {
    companyId: company.id,
    contactIds: [contact.id],
    issueDate: daysFromToday(-40),
    paymentTerms: 'net',
    termsDays: 14,
    lines: [
      {
        description: 'Brand workshop',
        quantity: '1',
        unitPriceMinor: 120_000,
        taxRateId: rates.find((rate) => rate.isDefault)?.id,
      },
    ],
  });
  await host.call('invoices.issue', { id: draft.id });
  await host.restart();

  await page.goto(`${host.url}#/invoices/${draft.id}`);
  const card = page.getByRole('region', { name: 'Reminders' });
  const reminders = card.getByRole('list', { name: 'Reminders so far' });
  await expect(reminders.getByRole('listitem')).toHaveCount(4);
  await expect(reminders.getByRole('listitem').last()).toContainText('14 days after due');
  await expect(reminders.getByRole('listitem').last()).toContainText('Reminder drafted');
  await expect(card.getByText('Skipped')).toHaveCount(3);
  await expect(card.getByRole('link', { name: 'Open the outbox' })).toHaveAttribute('href', '#/outbox');
  await expect(card).toContainText('No more reminders planned.');
});
