import { type Kysely, sql } from 'kysely';
import {
  type CatalogItem,
  type CatalogListInput,
  type CatalogUpdateInput,
  customNeedsLabel,
  type NewCatalogItem,
  unitLabelMessage,
} from '../../shared/catalog';
import type { Page } from '../../shared/fields';
import type { AppContext } from '../app-context';
import { contains } from '../db/like';
import { pageOf } from '../db/page';
import type { Database } from '../db/schema';
import { write } from '../db/write';
import { AppError } from '../ipc/app-error';
import { loadCatalogItem, toCatalogItem } from './catalog.queries';

/** Items by name (catalog_items_by_name), searched with the same folding as global search. */
export const listCatalogItems = async (
  db: Kysely<Database>,
  { query, archived, offset, limit }: CatalogListInput,
): Promise<Page<CatalogItem>> => {
  const filtered = db
    .selectFrom('catalog_items')
    .selectAll()
    .$if(archived === 'active', (qb) => qb.where('archived_at', 'is', null))
    .$if(archived === 'archived', (qb) => qb.where('archived_at', 'is not', null))
    .$if(query !== '', (qb) => qb.where(contains('name', query)));
  const { rows, total } = await pageOf(filtered, [sql`name COLLATE NOCASE`, sql`id`], { offset, limit });
  return { rows: rows.map(toCatalogItem), total };
};

/** A line's rate must exist; an archived one is kept on items that already had it, never newly chosen. */
const assertTaxRate = async (
  db: Kysely<Database>,
  taxRateId: number | null,
  field: string,
  kept: number | null,
) => {
  if (taxRateId === null) return;
  const rate = await db
    .selectFrom('tax_rates')
    .select(['id', 'archived_at'])
    .where('id', '=', taxRateId)
    .executeTakeFirst();
  if (!rate)
    throw new AppError('invalid_input', `Tax rate ${taxRateId} does not exist`, {
      [field]: 'Choose an existing tax rate',
    });
  if (rate.archived_at !== null && taxRateId !== kept)
    throw new AppError('invalid_input', `Tax rate ${taxRateId} is archived`, {
      [field]: 'Choose an active tax rate',
    });
};

const toColumns = (item: NewCatalogItem) => ({
  name: item.name,
  description: item.description,
  unit_type: item.unitType,
  // Only a custom unit has a word of its own; the others are named by their type.
  unit_label: item.unitType === 'custom' ? item.unitLabel : '',
  unit_price_minor: item.unitPriceMinor,
  currency: item.currency,
  tax_rate_id: item.taxRateId,
});

export const createCatalogItem = (ctx: AppContext, item: NewCatalogItem): Promise<CatalogItem> =>
  write(ctx, ['catalog'], async (trx) => {
    await assertTaxRate(trx, item.taxRateId, 'taxRateId', null);
    const now = ctx.clock().toISOString();
    const { id } = await trx
      .insertInto('catalog_items')
      .values({ ...toColumns(item), created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    return loadCatalogItem(trx, id);
  });

export const updateCatalogItem = (
  ctx: AppContext,
  { id, changes }: CatalogUpdateInput,
): Promise<CatalogItem> =>
  write(ctx, ['catalog'], async (trx) => {
    const current = await loadCatalogItem(trx, id);
    const merged = { ...current, ...changes };
    if (!customNeedsLabel(merged))
      throw new AppError('invalid_input', unitLabelMessage, { 'changes.unitLabel': unitLabelMessage });
    await assertTaxRate(trx, merged.taxRateId, 'changes.taxRateId', current.taxRateId);
    await trx
      .updateTable('catalog_items')
      .set({ ...toColumns(merged), updated_at: ctx.clock().toISOString() })
      .where('id', '=', id)
      .execute();
    return loadCatalogItem(trx, id);
  });

/** Archiving hides an item from pickers; deals and invoices that used it keep their own copy of the line. */
export const setCatalogItemArchived = (
  ctx: AppContext,
  id: number,
  archived: boolean,
): Promise<CatalogItem> =>
  write(ctx, ['catalog'], async (trx) => {
    await loadCatalogItem(trx, id);
    const now = ctx.clock().toISOString();
    await trx
      .updateTable('catalog_items')
      .set({ archived_at: archived ? now : null, updated_at: now })
      .where('id', '=', id)
      .execute();
    return loadCatalogItem(trx, id);
  });
