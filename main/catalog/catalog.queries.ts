import type { Kysely, Selectable } from 'kysely';
import type { CatalogItem } from '../../shared/catalog';
import type { CatalogItemsTable } from '../db/invoicing-schema';
import type { Database } from '../db/schema';
import { notFound } from '../ipc/app-error';

export const toCatalogItem = (row: Selectable<CatalogItemsTable>): CatalogItem => ({
  id: row.id,
  name: row.name,
  description: row.description,
  unitType: row.unit_type,
  unitLabel: row.unit_label,
  unitPriceMinor: row.unit_price_minor,
  currency: row.currency,
  taxRateId: row.tax_rate_id,
  archived: row.archived_at !== null,
  updatedAt: row.updated_at,
});

/** One catalog item, archived or not (lines picked from it earlier still name it). */
export const loadCatalogItem = async (db: Kysely<Database>, id: number): Promise<CatalogItem> => {
  const row = await db.selectFrom('catalog_items').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Catalog item', id);
  return toCatalogItem(row);
};
