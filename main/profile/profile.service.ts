import type { Kysely } from 'kysely';
import type { ParsedInput } from '../../shared/ipc/contract';
import type { InvoiceDefaults, LogoInfo, WorkspaceProfile } from '../../shared/profile';
import type { AppContext } from '../app-context';
import type { Database } from '../db/schema';
import { write } from '../db/write';
import { readSetting, writeSetting } from '../settings/settings';
import { loadInvoiceDefaults, loadLogo, loadProfile, type StoredLogo } from './profile.queries';

const toLogoInfo = (logo: StoredLogo): LogoInfo => ({
  kind: logo.kind,
  width: logo.width,
  height: logo.height,
  dataUrl: `data:image/${logo.kind};base64,${Buffer.from(logo.bytes).toString('base64')}`,
});

export const getProfile = async (db: Kysely<Database>) => {
  const [profile, defaults, logo] = await Promise.all([
    loadProfile(db),
    loadInvoiceDefaults(db),
    loadLogo(db),
  ]);
  return { profile, defaults, logo: logo && toLogoInfo(logo) };
};

export const updateProfile = (
  ctx: AppContext,
  input: ParsedInput<'profile.update'>,
): Promise<WorkspaceProfile> =>
  write(ctx, ['settings'], async (trx) => {
    const { baseCurrency, ...details } = input;
    if (baseCurrency !== undefined) await writeSetting(trx, 'base_currency', baseCurrency);
    await writeSetting(trx, 'profile', { ...(await readSetting(trx, 'profile')), ...details });
    return loadProfile(trx);
  });

export const updateInvoiceDefaults = (
  ctx: AppContext,
  input: ParsedInput<'profile.updateInvoiceDefaults'>,
): Promise<InvoiceDefaults> =>
  write(ctx, ['settings'], async (trx) => {
    await writeSetting(trx, 'invoice_defaults', { ...(await loadInvoiceDefaults(trx)), ...input });
    return loadInvoiceDefaults(trx);
  });

/** The contract has already checked the bytes are a PNG or JPEG within logoMaxSide and read its size. */
export const setLogo = (ctx: AppContext, logo: ParsedInput<'profile.setLogo'>): Promise<LogoInfo> =>
  write(ctx, ['settings'], async (trx) => {
    const row = { ...logo, updated_at: ctx.clock().toISOString() };
    await trx
      .insertInto('workspace_logo')
      .values({ id: 1, ...row })
      .onConflict((oc) => oc.column('id').doUpdateSet(row))
      .execute();
    return toLogoInfo(logo);
  });

export const removeLogo = (ctx: AppContext): Promise<{ removed: boolean }> =>
  write(ctx, ['settings'], async (trx) => {
    const result = await trx.deleteFrom('workspace_logo').where('id', '=', 1).executeTakeFirst();
    return { removed: result.numDeletedRows > 0n };
  });
