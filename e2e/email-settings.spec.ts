import { createServer } from 'node:net';
import { expect, test } from './fixtures';

/** A port on 127.0.0.1 nothing listens on: taken from the system, then let go. */
const unusedPort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

test('email settings are kept across a reload, the password is never shown, and a dead server is named', async ({
  page,
  host,
}) => {
  const port = await unusedPort();
  const password = 'hunter2 but longer';
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('tab', { name: 'Email' }).click();
  await expect(page).toHaveURL(/#\/settings\/email$/);

  const form = page.getByRole('form', { name: 'Email settings' });
  await form.getByLabel('Sender name').fill('Zoë Łukasz-Müller');
  await form.getByLabel('Sender address').fill('zoe@lukasz-mueller.example');
  await form.getByLabel('SMTP server').fill('127.0.0.1');
  await form.getByLabel('Port').fill(String(port));
  await form.getByLabel('Security').selectOption({ label: 'None: only for a relay on your own network' });
  await form.getByLabel('Username').fill('zoe');
  await form.getByLabel('Password', { exact: true }).fill(password);
  await expect(form.getByText('a file only you can read, in the data folder')).toBeVisible();
  await form.getByRole('button', { name: 'Save email settings' }).click();
  await expect(page.getByText('Email settings saved')).toBeVisible();

  await page.reload();
  await expect(form.getByLabel('Sender name')).toHaveValue('Zoë Łukasz-Müller');
  await expect(form.getByLabel('SMTP server')).toHaveValue('127.0.0.1');
  await expect(form.getByLabel('Port')).toHaveValue(String(port));
  await expect(form.getByLabel('Security')).toHaveValue('none');
  await expect(form.getByText('A password is saved')).toBeVisible();
  await expect(form.getByLabel('Password', { exact: true })).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText(password);
  expect(await host.call('email.settings', {})).toMatchObject({ passwordSet: true, smtpPort: port });

  await form.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('status')).toContainText(
    `Could not reach 127.0.0.1:${port} (connection refused)`,
  );

  await form.getByRole('button', { name: 'Remove password' }).click();
  await form.getByRole('button', { name: 'Save email settings' }).click();
  await expect(form.getByLabel('Password', { exact: true })).toBeVisible();
  expect(await host.call('email.settings', {})).toMatchObject({ passwordSet: false });
});
