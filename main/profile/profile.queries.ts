import type { Kysely } from 'kysely';
import type { InvoiceDefaults, WorkspaceProfile } from '../../shared/profile';
import type { Database } from '../db/schema';
import { readSetting } from '../settings/settings';

export const loadProfile = async (db: Kysely<Database>): Promise<WorkspaceProfile> => {
  const [profile, baseCurrency] = await Promise.all([
    readSetting(db, 'profile'),
    readSetting(db, 'base_currency'),
  ]);
  return { ...profile, baseCurrency };
};

export const loadInvoiceDefaults = (db: Kysely<Database>): Promise<InvoiceDefaults> =>
  readSetting(db, 'invoice_defaults');

export interface StoredLogo {
  kind: 'png' | 'jpeg';
  bytes: Uint8Array;
  width: number;
  height: number;
}

export const loadLogo = async (db: Kysely<Database>): Promise<StoredLogo | null> => {
  const row = await db
    .selectFrom('workspace_logo')
    .select(['kind', 'bytes', 'width', 'height'])
    .where('id', '=', 1)
    .executeTakeFirst();
  return row ?? null;
};
