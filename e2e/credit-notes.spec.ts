import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';

interface Issued {
  id: number;
  number: string;
}

test('a credit note for one line takes exactly that line’s gross off the balance and prints what it corrects', async ({
  page,
  host,
}) => {
  // Setup through the API: an issued invoice of two lines, 2 h consulting (€357.00 gross) and a workshop.
  await host.call('profile.update', { legalName: 'Zoë Łukasz-Müller Consulting' });
  const company = await host.call<{ id: number }>('companies.create', { name: 'Ærøskøbing Design ApS' });
  const rates = await host.call<{ id: number; name: string }[]>('taxRates.list', {});
  const vat19 = rates.find((rate) => rate.name === 'VAT 19%')?.id;
  const draft = await host.call<{ id: number }>('invoices.create', {
    companyId: company.id,
    currency: 'EUR',
    lines: [
      { description: 'Consulting', quantity: '2', unit: 'hour', unitPriceMinor: 15_000, taxRateId: vat19 },
      { description: 'Workshop', quantity: '1', unitPriceMinor: 50_000, taxRateId: vat19 },
    ],
  });
  const invoice = await host.call<Issued>('invoices.issue', { id: draft.id });

  await page.goto(`${host.url}#/invoices/${invoice.id}`);
  const balance = page.locator('.mantine-Card-root').filter({ hasText: 'Balance due' });
  await expect(balance).toContainText('Balance due€952.00');

  await page.getByRole('button', { name: 'Issue credit note' }).click();
  const dialog = page.getByRole('dialog', { name: `Issue a credit note for ${invoice.number}` });
  await dialog.getByRole('checkbox', { name: 'Consulting' }).check();
  await expect(dialog.getByLabel('Quantity to credit for Consulting')).toHaveValue('2');
  await expect(dialog).toContainText('Credit note total -€357.00');
  await dialog.getByLabel('Reason').fill('Hours not worked');
  await expect(dialog.getByRole('radio', { name: 'Reduce the balance' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Issue credit note' }).click();
  await expect(dialog).toBeHidden();

  const number = `CN-${new Date().getFullYear()}-0001`;
  await expect(balance).toContainText('Balance due€595.00');
  await expect(balance).toContainText('Credited-€357.00');
  const notes = page.getByRole('list', { name: 'Credit notes' });
  await expect(notes).toContainText(number);
  await expect(notes).toContainText('€357.00 off the balance');

  // Crediting the same line again is refused on the field.
  await page.getByRole('button', { name: 'Issue credit note' }).click();
  const again = page.getByRole('dialog', { name: /Issue a credit note/ });
  await expect(again.getByRole('checkbox', { name: 'Consulting' })).toHaveCount(0);
  await again.getByRole('button', { name: 'Cancel' }).click();

  await notes.getByRole('link', { name: number }).click();
  await expect(page.getByRole('heading', { level: 1, name: number })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Hours not worked');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const pdfPath = await (await download).path();
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('Credit note');
  expect(text).toContain(number);
  expect(text).toContain(`Credit note for ${invoice.number}`);

  await page.goto(`${host.url}#/invoices?status=credit_note`);
  const row = page.getByRole('row', { name: new RegExp(number) });
  await expect(row).toContainText('Credit note');
  await expect(row).toContainText('-€357.00');
});

test('voiding a paid invoice cancels it with a full credit note that refunds the payment', async ({
  page,
  host,
}) => {
  await host.call('profile.update', { legalName: 'Zoë Łukasz-Müller Consulting' });
  const company = await host.call<{ id: number }>('companies.create', { name: 'Dahl ApS' });
  const [rate] = await host.call<{ id: number }[]>('taxRates.list', {});
  const draft = await host.call<{ id: number }>('invoices.create', {
    companyId: company.id,
    currency: 'EUR',
    lines: [{ description: 'Audit', quantity: '1', unitPriceMinor: 100_000, taxRateId: rate?.id }],
  });
  const invoice = await host.call<Issued & { totalMinor: number }>('invoices.issue', { id: draft.id });
  await host.call('invoices.recordPayment', {
    invoiceId: invoice.id,
    paidOn: '2026-11-20',
    amountMinor: invoice.totalMinor,
    method: 'bank_transfer',
  });

  await page.goto(`${host.url}#/invoices/${invoice.id}`);
  await page.getByRole('button', { name: 'Void' }).click();
  const dialog = page.getByRole('dialog', { name: `Void ${invoice.number}?` });
  await dialog.getByLabel('Reason').fill('Billed twice');
  await expect(dialog.getByRole('radio', { name: 'Refund' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Void with a credit note' }).click();
  await expect(dialog).toBeHidden();
  const notes = page.getByRole('list', { name: 'Credit notes' });
  await expect(notes).toContainText(`CN-${new Date().getFullYear()}-0001`);
  await expect(notes).toContainText('refunded');
  await expect(page.locator('.mantine-Card-root').filter({ hasText: 'Balance due' })).toContainText(
    'Balance due€0.00',
  );
  await expect(page.getByRole('main').getByText('Credited', { exact: true }).first()).toBeVisible();
});
