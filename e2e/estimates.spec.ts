import type { Page } from '@playwright/test';
import { expect, type RunningHost, test } from './fixtures';

const dayMs = 86_400_000;
/** A day on this computer's calendar, as the app dates estimates. */
const localDate = (ms: number) => new Date(ms).toLocaleDateString('sv');

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** Setup through the API: the seller, a customer with one person, and two services in the catalog. */
const seed = async (host: RunningHost) => {
  await host.call('profile.update', { legalName: 'Zoë Łukasz-Müller Consulting' });
  const company = await host.call<{ id: number }>('companies.create', { name: 'Ærøskøbing Design ApS' });
  await host.call('contacts.create', { firstName: 'Ida', lastName: 'Holm', companyId: company.id });
  const rates = await host.call<{ id: number; name: string }[]>('taxRates.list', {});
  const rate = (name: string) => rates.find((one) => one.name === name)?.id;
  await host.call('catalog.create', {
    name: 'Strategy workshop',
    unitType: 'day',
    unitPriceMinor: 120_000,
    currency: 'EUR',
    taxRateId: rate('VAT 19%'),
  });
  await host.call('catalog.create', {
    name: 'Travel',
    unitType: 'fixed',
    unitPriceMinor: 25_000,
    currency: 'EUR',
    taxRateId: rate('VAT 7%'),
  });
  return { companyId: company.id, vat19: rate('VAT 19%') };
};

const addFromCatalog = async (page: Page, typed: string, name: RegExp) => {
  await page.getByRole('combobox', { name: 'Catalog item' }).fill(typed);
  await page.getByRole('option', { name }).click();
};

test('an estimate built from the catalog is sent, approved and converted into an invoice with the same lines', async ({
  page,
  host,
}) => {
  await seed(host);
  await page.goto(host.url);
  await mainNav(page).getByRole('link', { name: 'Estimates', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Estimates' })).toBeVisible();
  await page.getByRole('button', { name: 'New estimate' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Draft estimate' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Company' }).fill('aero');
  await page.getByRole('option', { name: 'Ærøskøbing Design ApS' }).click();
  await addFromCatalog(page, 'strat', /Strategy workshop/);
  await page.getByLabel('Quantity 1').fill('2');
  await addFromCatalog(page, 'trav', /Travel/);
  await expect(page.getByLabel('Description 2')).toHaveValue('Travel');
  const totals = page.getByLabel('Estimate totals');
  await expect(totals).toContainText('VAT 19% on €2,400.00');
  await expect(totals).toContainText('VAT 7% on €250.00');
  await expect(totals).toContainText('€3,123.50');

  const number = `EST-${new Date().getFullYear()}-0001`;
  await page.getByRole('button', { name: 'Send estimate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: number })).toBeVisible();
  await expect(page.getByRole('main').getByText('Sent', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('document', { name: 'Estimate preview' })).toContainText('€3,123.50');

  await page.getByRole('button', { name: 'Approve' }).click();
  const approve = page.getByRole('dialog', { name: `Approve ${number}?` });
  await approve.getByLabel('Approved by').fill('Ida Holm');
  await approve.getByRole('button', { name: 'Record approval' }).click();
  await expect(approve).toBeHidden();
  await expect(page.getByRole('main').getByText('Approved', { exact: true }).first()).toBeVisible();
  await expect(page.getByLabel('Estimate history')).toContainText('Ida Holm');

  await page.getByRole('button', { name: 'Convert to invoice' }).click();
  await expect(page).toHaveURL(/#\/invoices\/\d+$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Draft for Ærøskøbing Design ApS' }),
  ).toBeVisible();
  await expect(page.getByLabel('Description 1')).toHaveValue('Strategy workshop');
  await expect(page.getByLabel('Quantity 1')).toHaveValue('2');
  await expect(page.getByLabel('Unit price 1')).toHaveValue('1200.00');
  await expect(page.getByLabel('Description 2')).toHaveValue('Travel');
  await expect(page.getByLabel('Unit price 2')).toHaveValue('250.00');
  await expect(page.getByLabel('Invoice totals')).toContainText('€3,123.50');

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: number })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Convert to invoice' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Open invoice' })).toBeVisible();
});

test('an estimate past its validity date shows as expired and cannot be approved', async ({ page, host }) => {
  const { companyId, vat19 } = await seed(host);
  const draft = await host.call<{ id: number }>('estimates.create', {
    companyId,
    issueDate: localDate(Date.now() - 40 * dayMs),
    validUntil: localDate(Date.now() - 10 * dayMs),
    lines: [{ description: 'Audit', quantity: '1', unitPriceMinor: 50_000, taxRateId: vat19 }],
  });
  const sent = await host.call<{ number: string }>('estimates.send', { id: draft.id });

  await page.goto(`${host.url}#/estimates`);
  await page.getByRole('radiogroup', { name: 'Status' }).getByText('Expired', { exact: true }).click();
  await expect(page).toHaveURL(/status=expired/);
  const list = page.getByRole('table', { name: 'Estimates' });
  await expect(list.getByRole('row', { name: new RegExp(sent.number) })).toContainText('Expired');
  await list.getByRole('link', { name: sent.number }).click();

  await expect(page.getByRole('heading', { level: 1, name: sent.number })).toBeVisible();
  await expect(page.getByText('This estimate has expired')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Export PDF' })).toBeVisible();
  await expect(host.call('estimates.approve', { id: draft.id })).rejects.toThrow(
    /expired on .* and can no longer be approved/,
  );
});

test('leaving a draft estimate with unsaved changes asks first; saving keeps them', async ({
  page,
  host,
}) => {
  const { companyId } = await seed(host);
  const draft = await host.call<{ id: number }>('estimates.create', { companyId });
  await page.goto(`${host.url}#/estimates/${draft.id}`);
  await page.getByLabel('Notes').fill('Two workshop days on site');
  await expect(page.getByText('Unsaved changes')).toBeVisible();

  await mainNav(page).getByRole('link', { name: 'Estimates', exact: true }).click();
  const leave = page.getByRole('dialog', { name: 'Leave with unsaved changes?' });
  await leave.getByRole('button', { name: 'Stay' }).click();
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('All changes saved')).toBeVisible();

  await mainNav(page).getByRole('link', { name: 'Estimates', exact: true }).click();
  await page.getByRole('table', { name: 'Estimates' }).getByRole('link', { name: 'Draft' }).click();
  await expect(page.getByLabel('Notes')).toHaveValue('Two workshop days on site');
});

test('an open deal starts an estimate with its customer and line items', async ({ page, host }) => {
  const { companyId } = await seed(host);
  const deal = await host.call<{ id: number }>('deals.create', {
    title: 'Brand strategy',
    companyId,
    currency: 'EUR',
    lineItems: [{ description: 'Brand audit', quantity: '3', unitPriceMinor: 90_000 }],
  });
  await page.goto(`${host.url}#/deals/${deal.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Brand strategy' })).toBeVisible();
  await page.getByRole('button', { name: 'New estimate' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Draft estimate' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Company' })).toHaveValue('Ærøskøbing Design ApS');
  await expect(page.getByLabel('Description 1')).toHaveValue('Brand audit');
  await expect(page.getByLabel('Quantity 1')).toHaveValue('3');
});
