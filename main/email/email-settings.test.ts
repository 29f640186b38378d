import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sendingNotSetUp } from '../../shared/email-settings';
import { failure } from '../invoices/invoice-fixtures';
import { startTestApp } from '../test-support';
import { smtpPasswordKey } from './email-settings.service';
import { sendThrough, unusedPort } from './outbox-fixtures';
import { fileSecretStore, secretsFileName } from './secret-store';
import { startSmtpServer } from './smtp-test-server';

const password = 'Zoë’s very secret SMTP password 7f3a';

const settings = {
  fromName: 'Zoë Łukasz-Müller',
  fromAddress: 'zoe@lukasz-mueller.example',
  smtpHost: 'smtp.lukasz-mueller.example',
  smtpPort: 587,
  smtpSecurity: 'starttls' as const,
  smtpUsername: 'zoe',
};

describe('email settings', () => {
  it('keeps the password in a file only the user can read, never in the database', async () => {
    const app = await startTestApp();
    expect(await app.call('email.updateSettings', { ...settings, password })).toEqual({
      ...settings,
      passwordSet: true,
      secretBackend: 'file',
    });
    expect(await app.call('email.settings', {})).toMatchObject({ ...settings, passwordSet: true });

    const { dataDir, file } = app.workspace;
    const databaseBytes = Buffer.concat(
      [file, `${file}-wal`].filter((path) => existsSync(path)).map((path) => readFileSync(path)),
    );
    expect(databaseBytes.includes(Buffer.from(password))).toBe(false);
    expect(databaseBytes.includes(Buffer.from(settings.smtpHost))).toBe(true);
    const secretsFile = join(dataDir, secretsFileName);
    expect(statSync(secretsFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(secretsFile, 'utf8')).toContain(password);
    expect(readdirSync(dataDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps the saved password when none is sent, and removes it when an empty one is', async () => {
    const app = await startTestApp();
    await app.call('email.updateSettings', { ...settings, password });
    await app.call('email.updateSettings', { ...settings, fromName: 'Zoë' });
    expect(await fileSecretStore(app.workspace.dataDir).get(smtpPasswordKey)).toBe(password);
    expect(await app.call('email.updateSettings', { ...settings, password: '' })).toMatchObject({
      passwordSet: false,
    });
  });

  it('refuses a port outside 1 to 65535 and a sender that is not an address, beside the fields', async () => {
    const app = await startTestApp();
    const refused = await failure(app, 'email.updateSettings', {
      ...settings,
      smtpPort: 70_000,
      fromAddress: 'zoe at example',
    });
    expect(refused.code).toBe('invalid_input');
    expect(refused.fields).toMatchObject({
      smtpPort: 'Use a port from 1 to 65535',
      fromAddress: 'Enter a valid email address',
    });
  });
});

describe('testing the connection', () => {
  it('asks for the server first while none is set up', async () => {
    const app = await startTestApp();
    expect(await app.call('email.testConnection', {})).toEqual({ ok: false, message: sendingNotSetUp });
  });

  it('says plainly when nothing answers on the port', async () => {
    const app = await startTestApp();
    const port = await unusedPort();
    await sendThrough(app, port);
    expect(await app.call('email.testConnection', {})).toEqual({
      ok: false,
      message: `Could not reach 127.0.0.1:${port} (connection refused)`,
    });
  });

  it('signs in with the saved password, and says when the server refuses it', async () => {
    const app = await startTestApp();
    const login = { username: 'zoe', password };
    const server = await startSmtpServer({ login });
    await sendThrough(app, server.port, login);
    expect(await app.call('email.testConnection', {})).toEqual({
      ok: true,
      message: `Connected to 127.0.0.1:${server.port} and signed in`,
    });
    await sendThrough(app, server.port, { username: 'zoe', password: 'not it' });
    expect(await app.call('email.testConnection', {})).toEqual({
      ok: false,
      message: 'The server refused the username or password',
    });
  });
});

describe('the secret file', () => {
  const reversed = {
    backend: 'os' as const,
    encode: (value: string) => [...value].reverse().join(''),
    decode: (stored: string) => [...stored].reverse().join(''),
  };

  it('stores what an encrypting host gives it, and still reads secrets saved before encryption was there', async () => {
    const app = await startTestApp();
    const dataDir = app.workspace.dataDir;
    await fileSecretStore(dataDir).set('old', 'plain value');
    const encrypted = fileSecretStore(dataDir, reversed);
    await encrypted.set('new', 'abc');
    expect(JSON.parse(readFileSync(join(dataDir, secretsFileName), 'utf8'))).toEqual({
      old: { backend: 'file', value: 'plain value' },
      new: { backend: 'os', value: 'cba' },
    });
    expect([await encrypted.get('old'), await encrypted.get('new')]).toEqual(['plain value', 'abc']);
    // Encryption gone (no keyring any more): what only the keychain can open is not guessed at.
    expect(await fileSecretStore(dataDir).get('new')).toBeUndefined();
    await encrypted.delete('old');
    expect(await encrypted.get('old')).toBeUndefined();
  });
});
