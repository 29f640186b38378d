import type { ScheduleCreateInput } from '../../shared/schedules';
import { startTestApp, type TestApp } from '../test-support';

export const dayMs = 86_400_000;

export interface ScheduleApp {
  app: TestApp;
  companyId: number;
  accountId: number;
  dealId: number;
  vat19: number;
  /** A monthly schedule on the account, one €1,000 line, starting 2026-12-01 unless told otherwise. */
  monthly: (overrides?: Partial<ScheduleCreateInput>) => Promise<number>;
}

/** A customer won through a deal (so it has an account), with a seller's legal name unless `unnamed`. */
export const startScheduleApp = async (
  options: Parameters<typeof startTestApp>[0] & { unnamed?: boolean } = {},
): Promise<ScheduleApp> => {
  const { unnamed, ...appOptions } = options;
  const app = await startTestApp(appOptions);
  if (!unnamed) await app.call('profile.update', { legalName: 'Ada Consulting' });
  const company = await app.call('companies.create', { name: 'Acme Rockets' });
  const rates = await app.call('taxRates.list', { archived: 'active' });
  const vat19 = rates.find((rate) => rate.name === 'VAT 19%')?.id ?? 0;
  const deal = await app.call('deals.create', {
    title: 'Retainer',
    companyId: company.id,
    lineItems: [
      { description: 'Support retainer', quantity: '1', unitPriceMinor: 150_000, taxRateId: vat19 },
    ],
  });
  const won = await app.call('deals.win', { id: deal.id });
  const accountId = won.accountId ?? 0;
  return {
    app,
    companyId: company.id,
    accountId,
    dealId: deal.id,
    vat19,
    monthly: async (overrides = {}) =>
      (
        await app.call('schedules.create', {
          accountId,
          unit: 'month',
          startDate: '2026-12-01',
          lines: [
            { description: 'Monthly retainer', quantity: '1', unitPriceMinor: 100_000, taxRateId: vat19 },
          ],
          ...overrides,
        })
      ).id,
  };
};

/** The invoices a schedule made, oldest first, with the dates they carry. */
export const scheduledInvoices = async (app: TestApp, accountId: number) => {
  const { rows } = await app.call('invoices.list', { accountId, sort: 'issueDate', direction: 'asc' });
  return rows;
};
