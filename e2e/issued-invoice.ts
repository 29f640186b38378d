import type { RunningHost } from './fixtures';

/** A day on this computer's calendar, `days` from today, as the app dates invoices. */
export const daysFromToday = (days: number) => {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return date.toLocaleDateString('sv');
};

export interface IssuedInvoice {
  id: number;
  number: string;
}

/**
 * Setup through the API: the seller, Đặng Văn of Ærøskøbing Design ApS with an email address, and one
 * issued invoice to them for a brand workshop at `unitPriceMinor` plus the default VAT.
 */
export const issueInvoiceToDang = async (
  host: RunningHost,
  { unitPriceMinor, ...dates }: { unitPriceMinor: number; issueDate?: string; termsDays?: number },
): Promise<IssuedInvoice> => {
  await host.call('profile.update', { legalName: 'Zoë Łukasz-Müller Consulting' });
  const company = await host.call<{ id: number }>('companies.create', { name: 'Ærøskøbing Design ApS' });
  const contact = await host.call<{ id: number }>('contacts.create', {
    firstName: 'Đặng',
    lastName: 'Văn',
    companyId: company.id,
    emails: ['dang@aeroskobing.dk'],
  });
  const rates = await host.call<{ id: number; isDefault: boolean }[]>('taxRates.list', {});
  const taxRateId = rates.find((rate) => rate.isDefault)?.id;
  const draft = await host.call<{ id: number }>('invoices.create', {
    companyId: company.id,
    contactIds: [contact.id],
    ...(dates.issueDate ? { issueDate: dates.issueDate } : {}),
    ...(dates.termsDays === undefined ? {} : { paymentTerms: 'net', termsDays: dates.termsDays }),
    lines: [{ description: 'Brand workshop', quantity: '1', unitPriceMinor, taxRateId }],
  });
  return host.call<IssuedInvoice>('invoices.issue', { id: draft.id });
};
