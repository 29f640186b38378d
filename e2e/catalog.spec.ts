import { expect, test } from './fixtures';

test('a service added to the catalog fills a deal line, which is kept after a reload', async ({
  page,
  host,
}) => {
  const deal = await host.call<{ id: number }>('deals.create', { title: 'Brand strategy', currency: 'EUR' });
  await page.goto(host.url);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Catalog', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Catalog' })).toBeVisible();
  await expect(page.getByText('Your catalog is empty')).toBeVisible();

  await page.getByRole('link', { name: 'New item' }).click();
  await page.getByLabel('Name').fill('Strategy workshop');
  await page.getByLabel('Description').fill('Facilitated, on site');
  await page.getByLabel('Unit type').selectOption('Hour');
  await page.getByLabel('Unit price').fill('150.00');
  await expect(page.getByRole('combobox', { name: 'Currency' })).toHaveValue('EUR');
  await page.getByLabel('Tax rate').selectOption('VAT 19%');
  await page.getByRole('button', { name: 'Save' }).click();

  const row = page.getByRole('row', { name: /Strategy workshop/ });
  await expect(row).toContainText('Hour');
  await expect(row).toContainText('€150.00');
  await expect(row).toContainText('VAT 19%');

  await page.goto(`${host.url}#/deals/${deal.id}`);
  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByRole('button', { name: 'Add line item' }).click();
  await page.getByLabel('Catalog item 1').fill('strat');
  await page.getByRole('option', { name: /Strategy workshop/ }).click();
  await expect(page.getByLabel('Description 1')).toHaveValue('Strategy workshop');
  await expect(page.getByLabel('Unit price 1')).toHaveValue('150.00');
  await expect(page.getByLabel('Unit 1', { exact: true })).toHaveValue('hour');
  await expect(page.getByLabel('Tax rate 1').locator('option:checked')).toHaveText('VAT 19%');
  await page.getByLabel('Quantity 1').fill('6');
  await expect(page.getByLabel('Line total 1')).toHaveText('€900.00');
  await page.getByRole('button', { name: 'Save' }).click();

  const lines = page.getByRole('table', { name: 'Line items' });
  await expect(lines).toContainText('Strategy workshop');
  await expect(lines).toContainText('€900.00');
  await page.reload();
  await expect(lines.getByRole('row', { name: /Strategy workshop/ })).toContainText('VAT 19%');
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByLabel('Catalog item 1')).toHaveValue('Strategy workshop');
  await expect(page.getByLabel('Unit price 1')).toHaveValue('150.00');
});

test('an item in another currency is shown but cannot be picked for the deal', async ({ page, host }) => {
  await host.call('catalog.create', {
    name: 'US retainer',
    unitType: 'month',
    unitPriceMinor: 450_000,
    currency: 'USD',
  });
  const deal = await host.call<{ id: number }>('deals.create', { title: 'Audit', currency: 'EUR' });
  await page.goto(`${host.url}#/deals/${deal.id}/edit`);
  await page.getByRole('button', { name: 'Add line item' }).click();
  await page.getByLabel('Catalog item 1').click();
  await expect(page.getByRole('option', { name: /US retainer/ })).toBeDisabled();
  await expect(page.getByRole('option', { name: /US retainer/ })).toContainText('other currency');
});

test('archiving a catalog item can be undone from the notification', async ({ page, host }) => {
  await host.call('catalog.create', {
    name: 'Copywriting',
    unitType: 'custom',
    unitLabel: 'page',
    unitPriceMinor: 9_000,
    currency: 'EUR',
  });
  await page.goto(`${host.url}#/catalog`);
  await page.getByRole('button', { name: 'Archive Copywriting' }).click();
  await expect(page.getByText('Item archived')).toBeVisible();
  await expect(page.getByRole('row', { name: /Copywriting/ })).toBeHidden();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('row', { name: /Copywriting/ })).toContainText('Page');
});

test('a stacked Canadian rate is added in Settings and becomes the default', async ({ page, host }) => {
  await page.goto(`${host.url}#/settings/invoicing`);
  await page.getByRole('button', { name: 'Add tax rate' }).click();
  const dialog = page.getByRole('dialog', { name: 'New tax rate' });
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('GST 5% + QST 9.975%');
  await dialog.getByLabel('Part 1 name').fill('GST');
  await dialog.getByLabel('Part 1 rate').fill('5');
  await dialog.getByRole('button', { name: 'Add part' }).click();
  await dialog.getByLabel('Part 2 name').fill('QST');
  await dialog.getByLabel('Part 2 rate').fill('9.975');
  await expect(dialog.getByText(/adds €14\.98/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Add tax rate' }).click();
  await expect(dialog).toBeHidden();

  const rates = page.getByRole('table', { name: 'Tax rates' });
  await expect(rates.getByRole('row', { name: /GST 5% \+ QST 9\.975%/ })).toContainText('Standard');
  await page.getByRole('button', { name: 'Make GST 5% + QST 9.975% the default' }).click();
  await expect(rates.getByRole('row').nth(1)).toContainText('Default');
  await expect(rates.getByRole('row').nth(1)).toContainText('GST 5% + QST 9.975%');
  await page.getByRole('button', { name: 'Archive VAT 7%' }).click();
  await expect(rates).not.toContainText('VAT 7%');
});
