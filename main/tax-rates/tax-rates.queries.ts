import type { Kysely, Selectable } from 'kysely';
import {
  type NamedTaxRate,
  type TaxComponent,
  type TaxRateRecord,
  taxComponent,
} from '../../shared/tax-rates';
import type { TaxRatesTable } from '../db/invoicing-schema';
import type { Database } from '../db/schema';
import { notFound } from '../ipc/app-error';

type TaxRateRow = Selectable<TaxRatesTable>;

const componentsOf = (json: string): TaxComponent[] => taxComponent.array().parse(JSON.parse(json));

export const toNamedTaxRate = (row: TaxRateRow): NamedTaxRate => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  components: componentsOf(row.components),
  note: row.note,
});

export const toTaxRateRecord = (row: TaxRateRow): TaxRateRecord => ({
  ...toNamedTaxRate(row),
  isDefault: row.is_default === 1,
  archived: row.archived_at !== null,
});

/** The default first, then by name: the order every picker and the settings list show. */
export const taxRatesInOrder = (db: Kysely<Database>) =>
  db
    .selectFrom('tax_rates')
    .selectAll()
    .orderBy('is_default', 'desc')
    .orderBy((eb) => eb.fn('lower', ['name']))
    .orderBy('id');

/**
 * The named rates an invoice or line uses: all active ones without ids; with ids exactly those, archived
 * or not (an invoice may still use a rate archived since), in the order asked for.
 */
export const loadTaxRates = async (
  db: Kysely<Database>,
  ids?: readonly number[],
): Promise<NamedTaxRate[]> => {
  if (ids === undefined) {
    const rows = await taxRatesInOrder(db).where('archived_at', 'is', null).execute();
    return rows.map(toNamedTaxRate);
  }
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return [];
  const rows = await db.selectFrom('tax_rates').selectAll().where('id', 'in', wanted).execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return wanted.map((id) => {
    const row = byId.get(id);
    if (!row) throw notFound('Tax rate', id);
    return toNamedTaxRate(row);
  });
};

export const loadTaxRateRecord = async (db: Kysely<Database>, id: number): Promise<TaxRateRecord> => {
  const row = await db.selectFrom('tax_rates').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Tax rate', id);
  return toTaxRateRecord(row);
};

/** The rate new lines and catalog items start with; null only if someone archived their way out of one. */
export const defaultTaxRateId = async (db: Kysely<Database>): Promise<number | null> =>
  (
    await db
      .selectFrom('tax_rates')
      .select('id')
      .where('is_default', '=', 1)
      .where('archived_at', 'is', null)
      .executeTakeFirst()
  )?.id ?? null;
