import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { expect, test } from './fixtures';
import { daysFromToday, issueInvoiceToDang } from './issued-invoice';

/** A local relay that keeps every message it accepts, parsed. */
const startRelay = async () => {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, _session, callback) => {
      simpleParser(stream).then((mail) => {
        received.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
};

test('with sending set up in Settings, an invoice emailed from its page arrives with its PDF and shows as sent', async ({
  page,
  host,
}) => {
  const relay = await startRelay();
  try {
    const invoice = await issueInvoiceToDang(host, { unitPriceMinor: 100_000 });
    await page.goto(`${host.url}#/settings/email`);
    const form = page.getByRole('form', { name: 'Email settings' });
    await form.getByLabel('Sender address').fill('zoe@lukasz-mueller.example');
    await form.getByLabel('SMTP server').fill('127.0.0.1');
    await form.getByLabel('Port').fill(String(relay.port));
    await form.getByLabel('Security').selectOption({ label: 'None: only for a relay on your own network' });
    await form.getByRole('button', { name: 'Save email settings' }).click();
    await expect(page.getByText('Email settings saved')).toBeVisible();

    await page.goto(`${host.url}#/invoices/${invoice.id}`);
    await page.getByRole('button', { name: 'Email', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Email Invoice ${invoice.number}` });
    await dialog.getByRole('button', { name: 'Send' }).click();
    await expect(dialog).toBeHidden();

    await page.getByRole('link', { name: 'Outbox', exact: true }).click();
    const subject = `Invoice ${invoice.number} from Zoë Łukasz-Müller Consulting`;
    const row = page.getByRole('row', { name: new RegExp(subject) });
    await expect(row).toContainText('Sent');
    // What went out can be read again, not changed.
    await row.getByRole('button', { name: `View “${subject}”` }).click();
    const sent = page.getByRole('dialog', { name: `Email Invoice ${invoice.number}` });
    await expect(sent.getByLabel('Subject')).toHaveValue(subject);
    await expect(sent.getByLabel('Subject')).toBeDisabled();
    const download = page.waitForEvent('download');
    await sent.getByRole('button', { name: 'Open in mail app' }).click();
    expect((await download).suggestedFilename()).toBe(`${invoice.number} Ærøskøbing Design ApS.eml`);
    const recipients = (mail: ParsedMail) =>
      mail.to && 'value' in mail.to ? mail.to.value.map(({ name, address }) => `${name} <${address}>`) : [];
    expect(relay.received.map((mail) => [mail.subject, ...recipients(mail)])).toEqual([
      [subject, 'Đặng Văn <dang@aeroskobing.dk>'],
    ]);
    const [pdf] = relay.received[0]?.attachments ?? [];
    expect(pdf?.filename).toBe(`${invoice.number} Ærøskøbing Design ApS.pdf`);
    expect(pdf?.content.subarray(0, 5).toString()).toBe('%PDF-');

    await page.goto(`${host.url}#/invoices/${invoice.id}`);
    await expect(page.getByLabel('Invoice history')).toContainText('Emailed');
  } finally {
    await relay.close();
  }
});

test('the reminders drafted while the app was closed go out together from the outbox', async ({
  page,
  host,
}) => {
  const relay = await startRelay();
  try {
    const invoice = await issueInvoiceToDang(host, {
      unitPriceMinor: 120_000,
      issueDate: daysFromToday(-40),
      termsDays: 14,
    });
    await host.call('email.updateSettings', {
      fromName: 'Zoë',
      fromAddress: 'zoe@lukasz-mueller.example',
      smtpHost: '127.0.0.1',
      smtpPort: relay.port,
      smtpSecurity: 'none',
      smtpUsername: '',
    });
    await host.restart();

    await page.goto(`${host.url}#/outbox`);
    const reminder = `Reminder: invoice ${invoice.number} is due`;
    await expect(page.getByRole('row', { name: new RegExp(reminder) })).toContainText('Draft');
    await page.getByRole('button', { name: 'Send all drafts' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send 1 draft?' });
    await dialog.getByRole('button', { name: 'Send 1 email' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('row', { name: new RegExp(reminder) })).toContainText('Sent');
    expect(relay.received.map((mail) => mail.subject)).toEqual([reminder]);
  } finally {
    await relay.close();
  }
});
