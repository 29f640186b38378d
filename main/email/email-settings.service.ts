import type { Kysely } from 'kysely';
import type { EmailSettings } from '../../shared/email';
import { type ConnectionTest, type EmailSettingsView, sendingNotSetUp } from '../../shared/email-settings';
import type { ParsedInput } from '../../shared/ipc/contract';
import type { AppContext } from '../app-context';
import type { Database } from '../db/schema';
import { write } from '../db/write';
import { readSetting, writeSetting } from '../settings/settings';
import { describeSmtpError, smtpTransportFor } from './smtp-transport';

/** The secret store's key for the SMTP password. */
export const smtpPasswordKey = 'smtp.password';

const viewOf = async (ctx: AppContext, settings: EmailSettings): Promise<EmailSettingsView> => ({
  ...settings,
  passwordSet: (await ctx.secrets.get(smtpPasswordKey)) !== undefined,
  secretBackend: ctx.secrets.backend,
});

export const getEmailSettings = async (ctx: AppContext) => viewOf(ctx, await readSetting(ctx.db, 'email'));

export const updateEmailSettings = async (
  ctx: AppContext,
  { password, ...settings }: ParsedInput<'email.updateSettings'>,
): Promise<EmailSettingsView> => {
  // The password first: saving the settings wakes the outbox worker, which must find the new password.
  if (password === '') await ctx.secrets.delete(smtpPasswordKey);
  else if (password !== undefined) await ctx.secrets.set(smtpPasswordKey, password);
  await write(ctx, ['settings'], (trx) => writeSetting(trx, 'email', settings));
  return getEmailSettings(ctx);
};

/** The SMTP settings and password when a server is set up, or null while sending is not possible. */
export const smtpAccess = async (ctx: AppContext, db: Kysely<Database> = ctx.db) => {
  const settings = await readSetting(db, 'email');
  if (settings.smtpHost === '') return null;
  return { settings, password: await ctx.secrets.get(smtpPasswordKey) };
};

/** Connects and signs in with the saved settings, so a wrong port or password shows before a client waits. */
export const testConnection = async (ctx: AppContext): Promise<ConnectionTest> => {
  const access = await smtpAccess(ctx);
  if (!access) return { ok: false, message: sendingNotSetUp };
  const { settings, password } = access;
  const transport = smtpTransportFor(settings, password);
  try {
    await transport.verify();
    const signedIn = settings.smtpUsername ? ' and signed in' : '';
    return { ok: true, message: `Connected to ${settings.smtpHost}:${settings.smtpPort}${signedIn}` };
  } catch (error) {
    return { ok: false, message: describeSmtpError(error, settings).reason };
  } finally {
    transport.close();
  }
};
