import type { InvoiceLineInput } from '../../shared/invoices';
import { startTestApp, type TestApp } from '../test-support';

export interface InvoicingApp {
  app: TestApp;
  companyId: number;
  contactId: number;
  /** VAT 19%, the workspace default. */
  vat19: number;
  vat7: number;
  line: (overrides?: Partial<InvoiceLineInput>) => InvoiceLineInput;
  /** A draft for the company with one line of `unitPriceMinor` (VAT 19%). */
  draft: (unitPriceMinor?: number, changes?: { issueDate?: string; currency?: string }) => Promise<number>;
  /** The same, issued. */
  issued: (unitPriceMinor?: number, changes?: { issueDate?: string; currency?: string }) => Promise<number>;
}

/** A workspace ready to invoice: a seller's legal name, a customer with a contact, the default rates. */
export const startInvoicingApp = async (): Promise<InvoicingApp> => {
  const app = await startTestApp();
  await app.call('profile.update', {
    legalName: 'Zoë Łukasz-Müller Consulting',
    address: { line1: 'Torstraße 1', city: 'Berlin', postalCode: '10119', country: 'DE' },
    taxId: 'DE123456789',
  });
  const company = await app.call('companies.create', {
    name: 'Ærøskøbing Shipping ApS',
    taxId: 'DK12345678',
    address: {
      line1: 'Vestergade 1',
      line2: '',
      city: 'Ærøskøbing',
      postalCode: '5970',
      region: '',
      country: 'DK',
    },
  });
  const contact = await app.call('contacts.create', {
    firstName: 'Đặng',
    lastName: 'Văn',
    companyId: company.id,
  });
  const rates = await app.call('taxRates.list', { archived: 'active' });
  const rateNamed = (name: string) => {
    const rate = rates.find((one) => one.name === name);
    if (!rate) throw new Error(`No tax rate ${name}`);
    return rate.id;
  };
  const vat19 = rateNamed('VAT 19%');
  const line = (overrides: Partial<InvoiceLineInput> = {}): InvoiceLineInput => ({
    description: 'Strategy workshop',
    quantity: '1',
    unitPriceMinor: 100_000,
    taxRateId: vat19,
    ...overrides,
  });
  const draft = async (unitPriceMinor = 100_000, changes: { issueDate?: string; currency?: string } = {}) =>
    (
      await app.call('invoices.create', {
        companyId: company.id,
        contactIds: [contact.id],
        lines: [line({ unitPriceMinor })],
        ...changes,
      })
    ).id;
  return {
    app,
    companyId: company.id,
    contactId: contact.id,
    vat19,
    vat7: rateNamed('VAT 7%'),
    line,
    draft,
    issued: async (unitPriceMinor, changes) =>
      (await app.call('invoices.issue', { id: await draft(unitPriceMinor, changes) })).id,
  };
};

/** The error envelope of a call that must fail. */
export const failure = async (app: TestApp, channel: string, input: unknown) => {
  const result = await app.send(channel, input);
  if (result.ok) throw new Error(`${channel} was expected to fail`);
  return result.error;
};
