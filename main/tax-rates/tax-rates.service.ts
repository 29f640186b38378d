import type { Kysely } from 'kysely';
import type { ArchiveFilter } from '../../shared/fields';
import {
  type NewTaxRate,
  type TaxRateRecord,
  type TaxRateUpdateInput,
  taxRateIssues,
} from '../../shared/tax-rates';
import type { AppContext } from '../app-context';
import type { Database } from '../db/schema';
import { write } from '../db/write';
import { AppError } from '../ipc/app-error';
import { loadTaxRateRecord, taxRatesInOrder, toTaxRateRecord } from './tax-rates.queries';

export const listTaxRates = async (
  db: Kysely<Database>,
  archived: ArchiveFilter,
): Promise<TaxRateRecord[]> => {
  const rows = await taxRatesInOrder(db)
    .$if(archived === 'active', (qb) => qb.where('archived_at', 'is', null))
    .$if(archived === 'archived', (qb) => qb.where('archived_at', 'is not', null))
    .execute();
  return rows.map(toTaxRateRecord);
};

/** Pickers show rates by name, so two active rates may not share one. */
const nameTaken = async (db: Kysely<Database>, name: string, exceptId = 0) =>
  (await db
    .selectFrom('tax_rates')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .where('archived_at', 'is', null)
    .where('id', '<>', exceptId)
    .executeTakeFirst()) !== undefined;

const assertNameFree = async (db: Kysely<Database>, name: string, field: string, exceptId = 0) => {
  if (await nameTaken(db, name, exceptId))
    throw new AppError('invalid_input', `A tax rate named “${name}” already exists`, {
      [field]: 'Another tax rate has this name',
    });
};

export const createTaxRate = (ctx: AppContext, rate: NewTaxRate): Promise<TaxRateRecord> =>
  write(ctx, ['taxRates'], async (trx) => {
    await assertNameFree(trx, rate.name, 'name');
    const now = ctx.clock().toISOString();
    const { id } = await trx
      .insertInto('tax_rates')
      .values({
        name: rate.name,
        kind: rate.kind,
        components: JSON.stringify(rate.components),
        note: rate.note,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return loadTaxRateRecord(trx, id);
  });

export const updateTaxRate = (ctx: AppContext, { id, changes }: TaxRateUpdateInput): Promise<TaxRateRecord> =>
  write(ctx, ['taxRates', 'catalog'], async (trx) => {
    const merged = { ...(await loadTaxRateRecord(trx, id)), ...changes };
    const issues = taxRateIssues(merged);
    if (issues.length > 0) {
      const fields = Object.fromEntries(
        issues.map((issue) => [['changes', ...issue.path].join('.'), issue.message]),
      );
      throw new AppError('invalid_input', issues.map((issue) => issue.message).join('; '), fields);
    }
    if (changes.name !== undefined) await assertNameFree(trx, changes.name, 'changes.name', id);
    await trx
      .updateTable('tax_rates')
      .set({
        name: merged.name,
        kind: merged.kind,
        components: JSON.stringify(merged.components),
        note: merged.note,
        updated_at: ctx.clock().toISOString(),
      })
      .where('id', '=', id)
      .execute();
    return loadTaxRateRecord(trx, id);
  });

/** Exactly one default: the partial unique index tax_rates_one_default holds the database to it. */
export const setDefaultTaxRate = (ctx: AppContext, id: number): Promise<TaxRateRecord> =>
  write(ctx, ['taxRates', 'catalog'], async (trx) => {
    const rate = await loadTaxRateRecord(trx, id);
    if (rate.archived)
      throw new AppError('conflict', `“${rate.name}” is archived; restore it before making it the default`);
    const now = ctx.clock().toISOString();
    await trx
      .updateTable('tax_rates')
      .set({ is_default: 0, updated_at: now })
      .where('is_default', '=', 1)
      .where('id', '<>', id)
      .execute();
    await trx.updateTable('tax_rates').set({ is_default: 1, updated_at: now }).where('id', '=', id).execute();
    return loadTaxRateRecord(trx, id);
  });

export const setTaxRateArchived = (ctx: AppContext, id: number, archived: boolean): Promise<TaxRateRecord> =>
  write(ctx, ['taxRates', 'catalog'], async (trx) => {
    const rate = await loadTaxRateRecord(trx, id);
    if (archived && rate.isDefault)
      throw new AppError(
        'conflict',
        `“${rate.name}” is the default tax rate; make another rate the default before archiving it`,
      );
    if (!archived && (await nameTaken(trx, rate.name, id)))
      throw new AppError('conflict', `Another tax rate is named “${rate.name}”; rename one of them first`);
    const now = ctx.clock().toISOString();
    await trx
      .updateTable('tax_rates')
      .set({ archived_at: archived ? now : null, updated_at: now })
      .where('id', '=', id)
      .execute();
    return loadTaxRateRecord(trx, id);
  });
