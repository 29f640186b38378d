import type { Kysely } from 'kysely';
import type { Receivables } from '../../shared/invoices';
import type { Database } from '../db/schema';
import { balanceSql, isOpen, isOverdue } from './invoice-filters';

/**
 * What an account still owes per currency and how many of its invoices are overdue on `today`. Invoices
 * written for its company before it was linked to the account count too.
 */
export const accountReceivables = async (
  db: Kysely<Database>,
  accountId: number,
  today: string,
): Promise<Receivables> => {
  const companyOfAccount = db.selectFrom('accounts').select('company_id').where('id', '=', accountId);
  const rows = await db
    .selectFrom('invoices')
    .where((eb) =>
      eb.and([
        isOpen(eb),
        eb.or([
          eb('account_id', '=', accountId),
          eb.and([eb('account_id', 'is', null), eb('company_id', '=', companyOfAccount)]),
        ]),
      ]),
    )
    .select((eb) => [
      'currency',
      eb.fn.sum<number>(balanceSql).as('balance'),
      // A condition is 0 or 1 in SQLite, so its sum counts the rows it holds for.
      eb.fn.sum<number>(isOverdue(eb, today)).as('overdue'),
    ])
    .groupBy('currency')
    .orderBy('currency')
    .execute();
  return {
    outstanding: rows
      .map((row) => ({ minor: Number(row.balance), currency: row.currency }))
      .filter((money) => money.minor !== 0),
    overdueCount: rows.reduce((sum, row) => sum + Number(row.overdue), 0),
  };
};
