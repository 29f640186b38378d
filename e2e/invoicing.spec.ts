import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, type RunningHost, test } from './fixtures';

const dayMs = 86_400_000;
/** A day on this computer's calendar, as the app dates invoices. */
const localDate = (ms: number) => new Date(ms).toLocaleDateString('sv');

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** Setup through the API: the seller's legal name (issuing needs it) and a customer with one person. */
const seedCustomer = async (host: RunningHost, name: string) => {
  await host.call('profile.update', { legalName: 'Zoë Łukasz-Müller Consulting' });
  const company = await host.call<{ id: number }>('companies.create', { name });
  const contact = await host.call<{ id: number }>('contacts.create', {
    firstName: 'Ida',
    lastName: 'Holm',
    companyId: company.id,
    emails: ['ida@aero.dk'],
  });
  return { companyId: company.id, contactId: contact.id };
};

const recordPayment = async (page: Page, amount: string | null) => {
  await page.getByRole('button', { name: 'Record payment' }).click();
  const dialog = page.getByRole('dialog', { name: /Record a payment/ });
  if (amount !== null) await dialog.getByLabel('Amount').fill(amount);
  await dialog.getByRole('button', { name: 'Record payment' }).click();
  return dialog;
};

test('a won deal’s customer is invoiced from its account, issued, exported as a PDF and paid in two parts', async ({
  page,
  host,
}) => {
  const { companyId, contactId } = await seedCustomer(host, 'Ærøskøbing Design ApS');

  await page.goto(host.url);
  await mainNav(page).getByRole('link', { name: 'Catalog', exact: true }).click();
  await page.getByRole('link', { name: 'New item' }).click();
  await page.getByLabel('Name').fill('Strategy workshop');
  await page.getByLabel('Unit type').selectOption('Day');
  await page.getByLabel('Unit price').fill('1,200.00');
  await page.getByLabel('Tax rate').selectOption('VAT 19%');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('row', { name: /Strategy workshop/ })).toContainText('€1,200.00');

  // The deal that makes the company a customer is setup, not the path under test.
  const items = await host.call<{ rows: { id: number }[] }>('catalog.list', {});
  const deal = await host.call<{ id: number }>('deals.create', {
    title: 'Brand strategy',
    companyId,
    contactIds: [contactId],
    currency: 'EUR',
    lineItems: [
      {
        catalogItemId: items.rows[0]?.id,
        description: 'Strategy workshop',
        quantity: '2',
        unitPriceMinor: 120_000,
      },
    ],
  });
  await host.call('deals.win', { id: deal.id });

  await mainNav(page).getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('link', { name: 'Ærøskøbing Design ApS' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ærøskøbing Design ApS' })).toBeVisible();
  await page.getByRole('button', { name: 'New invoice' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'Draft for Ærøskøbing Design ApS' }),
  ).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Company' })).toHaveValue('Ærøskøbing Design ApS');
  await page.getByRole('combobox', { name: 'Catalog item' }).fill('strat');
  await page.getByRole('option', { name: /Strategy workshop/ }).click();
  await expect(page.getByLabel('Description 1')).toHaveValue('Strategy workshop');
  await expect(page.getByLabel('Unit price 1')).toHaveValue('1200.00');
  await page.getByLabel('Quantity 1').fill('2');
  const totals = page.getByLabel('Invoice totals');
  await expect(totals).toContainText('VAT 19% on €2,400.00');
  await expect(totals).toContainText('€456.00');
  await expect(totals).toContainText('€2,856.00');
  await expect(page.getByRole('document', { name: 'Invoice preview' })).toContainText('€2,856.00');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  const number = `INV-${new Date().getFullYear()}-0001`;
  await page.getByRole('button', { name: 'Issue invoice' }).click();
  const issue = page.getByRole('dialog', { name: `Issue ${number}?` });
  await expect(issue).toContainText("can't be edited afterwards");
  await issue.getByRole('button', { name: 'Issue invoice' }).click();
  await expect(page.getByRole('heading', { level: 1, name: number })).toBeVisible();
  await expect(page.getByRole('main').getByText('Issued', { exact: true }).first()).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const pdfPath = await (await download).path();
  expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain(number);
  expect(text).toContain('Ærøskøbing Design ApS');

  const first = await recordPayment(page, '1,000.00');
  await expect(first).toBeHidden();
  await expect(page.getByRole('main').getByText('Partially paid', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('list', { name: 'Payments' })).toContainText('€1,000.00');

  await page.getByRole('button', { name: 'Record payment' }).click();
  const rest = page.getByRole('dialog', { name: /Record a payment/ });
  await expect(rest.getByLabel('Amount')).toHaveValue('1856.00');
  await rest.getByRole('button', { name: 'Record payment' }).click();
  await expect(page.getByRole('main').getByText('Paid', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Record payment' })).toHaveCount(0);
  await expect(page.getByLabel('Invoice history')).toContainText('Payment recorded');
});

test('the sidebar badge finds the overdue invoice, and paying more than its balance is refused', async ({
  page,
  host,
}) => {
  const { companyId } = await seedCustomer(host, 'Dahl ApS');
  const [rate] = await host.call<{ id: number }[]>('taxRates.list', {});
  const issued = async (issueDate: string, description: string) => {
    const draft = await host.call<{ id: number }>('invoices.create', {
      companyId,
      issueDate,
      paymentTerms: 'net',
      termsDays: 14,
      currency: 'EUR',
      lines: [{ description, quantity: '1', unitPriceMinor: 50_000, taxRateId: rate?.id }],
    });
    return host.call<{ id: number; number: string; totalMinor: number }>('invoices.issue', { id: draft.id });
  };
  const late = await issued(localDate(Date.now() - 40 * dayMs), 'Audit');
  const current = await issued(localDate(Date.now()), 'Follow-up audit');

  await page.goto(host.url);
  await mainNav(page).getByRole('link', { name: '1 overdue invoice' }).click();
  await expect(page).toHaveURL(/#\/invoices\?status=overdue$/);
  const list = page.getByRole('table', { name: 'Invoices' });
  await expect(list.getByRole('row', { name: new RegExp(late.number) })).toContainText('Overdue · 26 days');
  await expect(list.getByRole('row', { name: new RegExp(current.number) })).toHaveCount(0);

  await list.getByRole('link', { name: late.number }).click();
  await expect(page.getByRole('heading', { level: 1, name: late.number })).toBeVisible();
  const dialog = await recordPayment(page, '600.00');
  await expect(dialog.getByText('That is more than the balance of €595.00')).toBeVisible();
  await expect(dialog.getByLabel('Amount')).toHaveAttribute('aria-invalid', 'true');
});

test('a draft keeps what was typed even when the page is left at once', async ({ page, host }) => {
  const { companyId } = await seedCustomer(host, 'Dahl ApS');
  const draft = await host.call<{ id: number }>('invoices.create', { companyId });
  await page.goto(`${host.url}#/invoices/${draft.id}`);
  await page.getByLabel('Notes').fill('Thank you for the quick turnaround');
  await mainNav(page).getByRole('link', { name: 'Invoices' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Invoices' })).toBeVisible();

  await page.getByRole('table', { name: 'Invoices' }).getByRole('link', { name: 'Draft' }).click();
  await expect(page.getByLabel('Notes')).toHaveValue('Thank you for the quick turnaround');
});
