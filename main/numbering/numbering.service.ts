import type { Kysely, Selectable } from 'kysely';
import { localIsoDate } from '../../shared/invoice-dates';
import { formatDocumentNumber, type NumberSeries } from '../../shared/numbering';
import type { AppContext } from '../app-context';
import type { DocumentKind, NumberSeriesTable } from '../db/invoicing-schema';
import type { Database } from '../db/schema';
import { write } from '../db/write';
import { AppError, notFound } from '../ipc/app-error';
import { hasYear, numberReader } from './number-patterns';

type SeriesRecord = Selectable<NumberSeriesTable>;

/** The counter a document dated `issueDate` draws from: its year for a yearly series, one for all otherwise. */
const periodOf = (series: Pick<SeriesRecord, 'yearly_reset'>, issueDate: string) =>
  series.yearly_reset === 1 ? issueDate.slice(0, 4) : '';

const countersOf = async (db: Kysely<Database>, seriesId: number) =>
  new Map(
    (
      await db
        .selectFrom('number_counters')
        .select(['period', 'next_value'])
        .where('series_id', '=', seriesId)
        .execute()
    ).map((row) => [row.period, row.next_value]),
  );

const toSeries = (row: SeriesRecord, counters: Map<string, number>, today: string): NumberSeries => ({
  id: row.id,
  documentKind: row.document_kind,
  name: row.name,
  pattern: row.pattern,
  yearlyReset: row.yearly_reset === 1,
  isDefault: row.is_default === 1,
  nextNumber: formatDocumentNumber(row.pattern, today, counters.get(periodOf(row, today)) ?? 1),
});

const loadSeries = async (db: Kysely<Database>, id: number) => {
  const row = await db.selectFrom('number_series').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Number series', id);
  return row;
};

export const listSeries = async (db: Kysely<Database>, today: string): Promise<NumberSeries[]> => {
  const rows = await db
    .selectFrom('number_series')
    .selectAll()
    .orderBy('document_kind')
    .orderBy('id')
    .execute();
  return Promise.all(rows.map(async (row) => toSeries(row, await countersOf(db, row.id), today)));
};

export interface AllocatedNumber {
  seriesId: number;
  period: string;
  value: number;
  number: string;
}

const isUniqueViolation = (error: unknown) =>
  error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_UNIQUE';

/**
 * Runs the write that gives a document its allocated number. Should another document already carry that
 * number (a pattern changed to collide with old numbers), the refusal says so instead of a SQL error.
 */
export const storeNumber = async (
  allocated: AllocatedNumber,
  series: string,
  store: () => Promise<unknown>,
) => {
  try {
    await store();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new AppError(
      'conflict',
      `The number ${allocated.number} is already taken; change the ${series} pattern in Settings`,
    );
  }
};

/**
 * Takes the next number of the default series for `kind`, inside the caller's issuing transaction, so a
 * rollback gives it back: numbers stay gapless. One upsert reads and raises the counter together.
 */
export const allocateNumber = async (
  db: Kysely<Database>,
  kind: DocumentKind,
  issueDate: string,
): Promise<AllocatedNumber> => {
  const series = await db
    .selectFrom('number_series')
    .selectAll()
    .where('document_kind', '=', kind)
    .where('is_default', '=', 1)
    .executeTakeFirst();
  if (!series) throw new AppError('conflict', `There is no number series for ${kind.replace('_', ' ')}s`);
  const period = periodOf(series, issueDate);
  const { next_value } = await db
    .insertInto('number_counters')
    .values({ series_id: series.id, period, next_value: 2 })
    .onConflict((oc) =>
      oc
        .columns(['series_id', 'period'])
        .doUpdateSet((eb) => ({ next_value: eb('number_counters.next_value', '+', 1) })),
    )
    .returning('next_value')
    .executeTakeFirstOrThrow();
  const value = next_value - 1;
  return {
    seriesId: series.id,
    period,
    value,
    number: formatDocumentNumber(series.pattern, issueDate, value),
  };
};

/**
 * A number already given (by any series: numbers are unique across all documents) that the changed
 * series could give again: one its pattern reads back to a running number its counter has not passed.
 */
const numberGivenAgain = async (
  db: Kysely<Database>,
  seriesId: number,
  pattern: string,
  yearlyReset: boolean,
): Promise<string | null> => {
  const read = numberReader(pattern);
  const counters = await countersOf(db, seriesId);
  const given = await db
    .selectFrom('invoices')
    .select('number')
    .where('number', 'is not', null)
    .unionAll(db.selectFrom('estimates').select('number').where('number', 'is not', null))
    .execute();
  for (const { number } of given) {
    const parsed = read(number as string);
    if (!parsed) continue;
    const period = yearlyReset ? (parsed.year ?? '') : '';
    if (parsed.sequence >= (counters.get(period) ?? 1)) return number;
  }
  return null;
};

/** Another series whose numbers this pattern could also print, judged on a few of its numbers. */
const seriesSharingNumbers = async (
  db: Kysely<Database>,
  series: SeriesRecord,
  pattern: string,
  today: string,
) => {
  const read = numberReader(pattern);
  const others = await db.selectFrom('number_series').selectAll().where('id', '!=', series.id).execute();
  return others.find((other) =>
    [1, 12_345].some((value) => {
      const theirs = formatDocumentNumber(other.pattern, today, value);
      return (
        read(theirs) !== null || numberReader(other.pattern)(formatDocumentNumber(pattern, today, value))
      );
    }),
  );
};

const refusePattern = (message: string): never => {
  throw new AppError('invalid_input', message, { pattern: message });
};

export const updateSeries = (
  ctx: AppContext,
  id: number,
  changes: { name?: string; pattern?: string; yearlyReset?: boolean },
): Promise<NumberSeries> =>
  write(ctx, ['settings'], async (trx) => {
    const today = localIsoDate(ctx.clock());
    const current = await loadSeries(trx, id);
    const pattern = changes.pattern ?? current.pattern;
    const yearlyReset = changes.yearlyReset ?? current.yearly_reset === 1;
    if (pattern !== current.pattern || yearlyReset !== (current.yearly_reset === 1)) {
      if (yearlyReset && !hasYear(pattern)) {
        refusePattern('A series that restarts every year needs {YYYY} or {YY}, or its numbers would repeat');
      }
      const repeated = await numberGivenAgain(trx, id, pattern, yearlyReset);
      if (repeated) {
        refusePattern(`${repeated} was already given; this pattern could give it again. Change the prefix`);
      }
      const other = await seriesSharingNumbers(trx, current, pattern, today);
      if (other) {
        refusePattern(
          `Numbers would look like the ${other.name} series (${formatDocumentNumber(other.pattern, today, 1)}); give each series its own prefix`,
        );
      }
    }
    await trx
      .updateTable('number_series')
      .set({
        ...(changes.name !== undefined && { name: changes.name }),
        pattern,
        yearly_reset: yearlyReset ? 1 : 0,
        updated_at: ctx.clock().toISOString(),
      })
      .where('id', '=', id)
      .execute();
    return toSeries(await loadSeries(trx, id), await countersOf(trx, id), today);
  });
