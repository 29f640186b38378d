import { expect, test } from './fixtures';

/** A 48×16 blue PNG, as a designer's export would be. */
const logoPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAADAAAAAQCAIAAADfzGvmAAAAJ0lEQVR4nGOwjr49qBDDgLtg1EGjDhp10KiDBtoFow4addCog+iMAGbpUz3vYILyAAAAAElFTkSuQmCC',
  'base64',
);

test('the business profile, logo and invoice defaults are kept across a reload', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('tab', { name: 'Business profile' }).click();

  const profile = page.getByRole('form', { name: 'Business profile' });
  await profile.getByLabel('Legal name').fill('Łukasz Consulting');
  await profile.getByLabel('VAT / tax ID').fill('PL1234567890');
  await profile.getByLabel('Address line 1').fill('ul. Długa 5');
  await profile.getByLabel('Postal code').fill('31-147');
  await profile.getByLabel('City').fill('Kraków');
  await profile.getByLabel('Country code').fill('pl');
  await profile
    .getByLabel('Bank details')
    .fill('mBank\nIBAN PL61 1090 1014 0000 0712 1981 2874\nBIC BREXPLPW');
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Business profile saved')).toBeVisible();

  await page.getByLabel('Logo', { exact: true }).setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: logoPng,
  });
  await expect(page.getByText('Logo saved')).toBeVisible();
  await expect(page.getByRole('img', { name: 'Logo preview' })).toBeVisible();
  await expect(page.getByText('Stored as PNG, 48 × 16 pixels')).toBeVisible();

  await page.reload();
  await expect(profile.getByLabel('Legal name')).toHaveValue('Łukasz Consulting');
  await expect(profile.getByLabel('VAT / tax ID')).toHaveValue('PL1234567890');
  await expect(profile.getByLabel('City')).toHaveValue('Kraków');
  await expect(profile.getByLabel('Country code')).toHaveValue('PL');
  await expect(profile.getByLabel('Bank details')).toHaveValue(
    /IBAN PL61 1090 1014 0000 0712 1981 2874\nBIC/,
  );
  await expect(page.getByRole('img', { name: 'Logo preview' })).toBeVisible();

  await page.getByRole('tab', { name: 'Invoicing' }).click();
  await expect(page).toHaveURL(/#\/settings\/invoicing$/);
  const defaults = page.getByRole('region', { name: 'Invoice defaults' });
  await defaults
    .getByLabel('Payment terms')
    .selectOption({ label: 'Net: a number of days after the issue date' });
  await defaults.getByLabel('Days until due').fill('30');
  await defaults.getByRole('button', { name: 'Save defaults' }).click();
  await expect(page.getByText('Invoice defaults saved')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('tab', { name: 'Invoicing' })).toHaveAttribute('aria-selected', 'true');
  await expect(defaults.getByLabel('Days until due')).toHaveValue('30 days');
  expect(await host.call('profile.get', {})).toMatchObject({
    profile: { legalName: 'Łukasz Consulting', address: { city: 'Kraków', country: 'PL' } },
    defaults: { paymentTerms: 'net', termsDays: 30 },
    logo: { kind: 'png', width: 48, height: 16 },
  });
});

test('a file that is not an image is refused with a clear message and the logo stays', async ({
  page,
  host,
}) => {
  await page.goto(`${host.url}#/settings/profile`);
  await page.getByLabel('Logo', { exact: true }).setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: Buffer.from('this is not a picture'),
  });
  await expect(
    page.getByText('This file could not be read as an image. Choose a PNG, JPEG or SVG file.'),
  ).toBeVisible();
  await expect(page.getByText('No logo yet')).toBeVisible();
});

test('an SVG logo is rasterised to a PNG that fits the box', async ({ page, host }) => {
  await page.goto(`${host.url}#/settings/profile`);
  await page.getByLabel('Logo', { exact: true }).setInputFiles({
    name: 'logo.svg',
    mimeType: 'image/svg+xml',
    buffer: Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 50"><rect width="200" height="50" fill="#c92a2a"/></svg>',
    ),
  });
  await expect(page.getByText('Stored as PNG, 600 × 150 pixels')).toBeVisible();
});

test('templates: add one, make it the default; the default cannot be archived', async ({ page, host }) => {
  await page.goto(`${host.url}#/settings/invoicing`);
  const templates = page.getByRole('region', { name: 'Invoice templates' });
  await templates.getByRole('button', { name: 'Add template' }).click();
  const form = templates.getByRole('form', { name: 'New template' });
  await form.getByLabel('Name').fill('US clients');
  await form.getByLabel('Paper size').selectOption({ label: 'US Letter' });
  await form.getByLabel('Layout').selectOption({ label: 'Compact' });
  await form.getByLabel('Accent colour').fill('#2f9e44');
  await form.getByLabel('Footer').fill('Łukasz Consulting LLC · EIN 12-3456789');
  await form.getByRole('button', { name: 'Create template' }).click();
  await expect(page.getByText('Template added')).toBeVisible();

  const edit = templates.getByRole('form', { name: 'Template US clients' });
  await edit.getByRole('button', { name: 'Make default' }).click();
  await expect(page.getByText('“US clients” is now the default')).toBeVisible();
  await expect(edit.getByText('New invoices start with this template.')).toBeVisible();

  await templates.getByRole('button', { name: /^Standard/ }).click();
  await templates
    .getByRole('form', { name: 'Template Standard' })
    .getByRole('button', { name: 'Archive template' })
    .click();
  await expect(page.getByText('“Standard” archived')).toBeVisible();
  expect(await host.call('invoiceTemplates.list', {})).toMatchObject([
    { name: 'US clients', paper: 'Letter', layout: 'compact', accentColor: '#2f9e44', isDefault: true },
  ]);
});

test('a numbering pattern shows the next number while typing and is kept once saved', async ({
  page,
  host,
}) => {
  await page.goto(`${host.url}#/settings/invoicing`);
  const series = page.getByRole('form', { name: 'Invoices number series' });
  const year = new Date().getFullYear();
  await expect(series.getByText(`INV-${year}-0001`)).toBeVisible();
  await series.getByLabel('Pattern').fill('LC/{YY}-{SEQ:3}');
  await expect(
    series.getByText('Leave out / \\ : * ? " < > | so the number works in file names'),
  ).toBeVisible();
  await series.getByLabel('Pattern').fill('LC-{YY}-{SEQ:3}');
  await expect(series.getByText(`LC-${String(year).slice(2)}-001`)).toBeVisible();
  await series.getByRole('button', { name: 'Save series' }).click();
  await expect(page.getByText('Invoices numbering saved')).toBeVisible();
  await page.reload();
  await expect(series.getByLabel('Pattern')).toHaveValue('LC-{YY}-{SEQ:3}');
});
