import type { Kysely } from 'kysely';
import type { EmailSettings } from '../../shared/email';
import type { InvoiceDefaults, WorkspaceProfile } from '../../shared/profile';
import type { LateFeeSettings } from '../../shared/reminders';
import type { Database } from '../db/schema';

/** Workspace settings, JSON-encoded in the settings table; the migration writes every default. */
export interface Settings {
  base_currency: string;
  commit_probability: number;
  /** The seller details; its base currency is the base_currency key, kept where the funnel reads it. */
  profile: Omit<WorkspaceProfile, 'baseCurrency'>;
  invoice_defaults: InvoiceDefaults;
  email: EmailSettings;
  late_fees: LateFeeSettings;
}

export const readSetting = async <K extends keyof Settings>(
  db: Kysely<Database>,
  key: K,
): Promise<Settings[K]> => {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirstOrThrow();
  return JSON.parse(row.value) as Settings[K];
};

export const writeSetting = async <K extends keyof Settings>(
  db: Kysely<Database>,
  key: K,
  value: Settings[K],
) => {
  await db
    .insertInto('settings')
    .values({ key, value: JSON.stringify(value) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) }))
    .execute();
};
