import { z } from 'zod';
import { type EmailSettings, smtpSecurities } from './email';
import { emailAddress, text } from './fields';
import { type ChannelSpec, returns } from './ipc/channel';

/** Shown wherever sending cannot start yet: on queued messages and by "Test connection". */
export const sendingNotSetUp = 'Set up sending in Settings → Email';

/**
 * The sender and SMTP server as the settings form sends them. The password is separate: left out, the saved
 * one is kept; an empty string removes it; any other value replaces it.
 */
export const emailSettingsInput = z
  .object({
    fromName: text(200),
    fromAddress: z.union([z.literal(''), emailAddress]),
    smtpHost: text(253).regex(/^[a-zA-Z0-9.:[\]-]*$/, 'Enter a server name such as smtp.example.com'),
    smtpPort: z
      .number()
      .int('Use a whole number')
      .min(1, 'Use a port from 1 to 65535')
      .max(65535, 'Use a port from 1 to 65535'),
    smtpSecurity: z.enum(smtpSecurities),
    smtpUsername: text(320),
    password: z.string().max(1000, 'Use at most 1000 characters').optional(),
  })
  .strict();
export type EmailSettingsInput = z.input<typeof emailSettingsInput>;

/** The saved settings, with whether a password is saved (never the password) and where it is kept. */
export interface EmailSettingsView extends EmailSettings {
  passwordSet: boolean;
  /** 'os': encrypted by the system keychain; 'file': a file in the data folder only this user can read. */
  secretBackend: 'os' | 'file';
}

export interface ConnectionTest {
  ok: boolean;
  message: string;
}

export const emailSettingsChannels = {
  'email.settings': {
    summary: 'The sender and SMTP server for sending email, and whether a password is saved',
    input: z.object({}).strict(),
    output: returns<EmailSettingsView>(),
  },
  'email.updateSettings': {
    summary: 'Saves the sender and SMTP server; the password goes to the secret store, never the database',
    input: emailSettingsInput,
    output: returns<EmailSettingsView>(),
  },
  'email.testConnection': {
    summary: 'Connects and signs in to the saved SMTP server, and says what went wrong if it cannot',
    input: z.object({}).strict(),
    output: returns<ConnectionTest>(),
  },
} satisfies Record<`email.${string}`, ChannelSpec>;
