import type { DomainHandlers } from '../ipc/handler-types';
import { getProfile, removeLogo, setLogo, updateInvoiceDefaults, updateProfile } from './profile.service';

export const profileHandlers: DomainHandlers<'profile'> = {
  'profile.get': (_input, ctx) => getProfile(ctx.db),
  'profile.update': (input, ctx) => updateProfile(ctx, input),
  'profile.updateInvoiceDefaults': (input, ctx) => updateInvoiceDefaults(ctx, input),
  'profile.setLogo': (input, ctx) => setLogo(ctx, input),
  'profile.removeLogo': (_input, ctx) => removeLogo(ctx),
};
