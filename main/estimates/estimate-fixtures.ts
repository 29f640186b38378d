import type { EstimateCreateInput } from '../../shared/estimates';
import { type InvoicingApp, startInvoicingApp } from '../invoices/invoice-fixtures';

export interface EstimatingApp extends InvoicingApp {
  /** A draft estimate for the customer with two lines: a discounted one at VAT 19% and one at VAT 7%. */
  estimate: (changes?: EstimateCreateInput) => Promise<number>;
  /** The same, sent. */
  sent: (changes?: EstimateCreateInput) => Promise<number>;
}

export const startEstimatingApp = async (): Promise<EstimatingApp> => {
  const invoicing = await startInvoicingApp();
  const { app, companyId, contactId, line, vat7 } = invoicing;
  const estimate = async (changes: EstimateCreateInput = {}) =>
    (
      await app.call('estimates.create', {
        companyId,
        contactIds: [contactId],
        lines: [
          line({ quantity: '2.5', unitPriceMinor: 12_345, discountPercent: '10' }),
          line({ description: 'Travel', unit: 'day', unitPriceMinor: 9_999, taxRateId: vat7 }),
        ],
        discountMinor: 1_001,
        ...changes,
      })
    ).id;
  return {
    ...invoicing,
    estimate,
    sent: async (changes) => (await app.call('estimates.send', { id: await estimate(changes) })).id,
  };
};
