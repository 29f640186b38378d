import type { emailSettingsChannels } from '../../shared/email-settings';
import type { Handlers } from '../ipc/handler-types';
import { getEmailSettings, testConnection, updateEmailSettings } from './email-settings.service';

/** Only the settings channels: other `email.*` channels belong to the outbox and are declared apart. */
export const emailSettingsHandlers: Pick<Handlers, keyof typeof emailSettingsChannels> = {
  'email.settings': (_input, ctx) => getEmailSettings(ctx),
  'email.updateSettings': (input, ctx) => updateEmailSettings(ctx, input),
  'email.testConnection': (_input, ctx) => testConnection(ctx),
};
