import { readFileSync } from 'node:fs';
import { simpleParser } from 'mailparser';
import { expect, test } from './fixtures';
import { issueInvoiceToDang } from './issued-invoice';

test('an issued invoice is emailed: edited, opened in the mail app as an .eml, then queued in the outbox', async ({
  page,
  host,
}) => {
  const invoice = await issueInvoiceToDang(host, { unitPriceMinor: 100_000 });
  const subject = `Invoice ${invoice.number} from Zoë Łukasz-Müller Consulting`;

  await page.goto(`${host.url}#/invoices/${invoice.id}`);
  await page.getByRole('button', { name: 'Email', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Email Invoice ${invoice.number}` });
  await expect(dialog.getByLabel('To')).toHaveValue('Đặng Văn <dang@aeroskobing.dk>');
  await expect(dialog.getByLabel('Subject')).toHaveValue(subject);
  await expect(dialog.getByLabel('Message')).toHaveValue(/Hello Đặng,[\s\S]*€1,190\.00/);
  await expect(dialog).toContainText(`${invoice.number} Ærøskøbing Design ApS.pdf`);
  await dialog.getByLabel('Message').fill('Hello Đặng,\n\nthe invoice for the brand workshop is attached.');

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Open in mail app' }).click();
  const eml = await download;
  expect(eml.suggestedFilename()).toBe(`${invoice.number} Ærøskøbing Design ApS.eml`);
  const parsed = await simpleParser(readFileSync(await eml.path()));
  expect(parsed.headers.get('x-unsent')).toBe('1');
  expect(parsed.subject).toBe(subject);
  expect(parsed.text).toContain('the brand workshop is attached');
  expect(parsed.attachments.map((file) => file.contentType)).toEqual(['application/pdf']);
  expect(parsed.attachments[0]?.content.subarray(0, 5).toString()).toBe('%PDF-');

  // The dialog stays open: the email can still be sent from here instead.
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Queued: it goes out when the SMTP server is reachable')).toBeVisible();
  await expect(page.getByText('No SMTP server is set up yet')).toBeVisible();

  await page.getByRole('link', { name: 'Outbox', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(subject) });
  await expect(row).toContainText(/Queued\s*next try/);
  await expect(row).toContainText(`Invoice ${invoice.number}`);
  await expect(page.getByLabel('1 email waiting or failed')).toBeVisible();
  await row.getByRole('button', { name: `Cancel “${subject}”` }).click();
  await expect(row).toContainText('Cancelled');
});

test('an email template with an unknown merge field is refused by name, then saved once fixed', async ({
  page,
  host,
}) => {
  await page.goto(`${host.url}#/settings/email`);
  const subject = page.getByLabel('Subject');
  await expect(subject).toHaveValue('Invoice {{invoice.number}} from {{seller.name}}');
  await page.getByLabel('Message').fill('Hello {{client.first_name}}, {{invoice.totl}} is due on ');
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(
    page.getByText('{{invoice.totl}} is not a field an invoice email can use').first(),
  ).toBeVisible();

  await page.getByLabel('Message').fill('Hello {{client.first_name}}, the total is ');
  await page.getByRole('button', { name: 'Insert invoice.total' }).click();
  await expect(page.getByLabel('Message')).toHaveValue(
    'Hello {{client.first_name}}, the total is {{invoice.total}}',
  );
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByText('Invoice email saved')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Message')).toHaveValue(
    'Hello {{client.first_name}}, the total is {{invoice.total}}',
  );
});
