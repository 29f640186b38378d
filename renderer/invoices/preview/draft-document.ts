import type { Company } from '../../../shared/companies';
import { type Contact, contactDisplayName } from '../../../shared/contacts';
import { emptyAddress } from '../../../shared/fields';
import type { InvoiceDocument } from '../../../shared/invoice-document';
import type { InvoiceTotals } from '../../../shared/invoice-math';
import type { InvoiceTemplate } from '../../../shared/invoice-templates';
import type { Invoice } from '../../../shared/invoices';
import { formatMoney } from '../../../shared/money';
import type { WorkspaceProfile } from '../../../shared/profile';
import type { NamedTaxRate } from '../../../shared/tax-rates';
import { type DraftValues, draftChanges, draftDueDate } from '../draft/draft-values';

interface DraftDocumentSources {
  invoice: Invoice;
  values: DraftValues;
  totals: InvoiceTotals;
  /** The editor lines the totals counted, in order. */
  included: number[];
  rates: NamedTaxRate[];
  profile: WorkspaceProfile | undefined;
  company: Company | undefined;
  recipients: Contact[];
  template: InvoiceTemplate | undefined;
}

const discountText = (
  percent: string | null | undefined,
  minor: number | null | undefined,
  currency: string,
) => (percent ? `${percent}%` : minor ? formatMoney({ minor, currency }) : '');

/**
 * The draft as it will print, built here from what is typed so the preview follows every keystroke
 * (debounced) without a round trip; issued invoices print from the server's own document instead.
 */
export const draftDocument = (sources: DraftDocumentSources): InvoiceDocument => {
  const { invoice, values, totals, included, rates, profile, company, recipients, template } = sources;
  const lines = draftChanges(values).lines ?? [];
  const rateNames = new Map(rates.map((rate) => [rate.id, rate.name]));
  return {
    kind: 'invoice',
    number: null,
    issueDate: values.issueDate,
    dueDate: draftDueDate(values) ?? invoice.dueDate,
    supplyDate: values.supplyDate !== '' && values.supplyDate !== values.issueDate ? values.supplyDate : null,
    correctsNumber: null,
    currency: values.currency,
    locale: profile?.locale ?? 'en',
    seller: {
      name: profile?.legalName ?? '',
      address: profile?.address ?? emptyAddress,
      taxId: profile?.taxId ?? '',
      email: profile?.email ?? '',
      phone: profile?.phone ?? '',
      bankDetails: profile?.bankDetails ?? '',
    },
    buyer: {
      name: company?.name ?? '',
      address: company?.address ?? emptyAddress,
      taxId: company?.taxId ?? '',
      email: company?.email ?? '',
      phone: company?.phone ?? '',
      attention: recipients.map(contactDisplayName),
    },
    lines: included.flatMap((index) => {
      const line = lines[index];
      if (!line) return [];
      return [
        {
          description: line.description,
          quantity: line.quantity.trim(),
          unit: line.unit ?? '',
          unitPriceMinor: line.unitPriceMinor,
          discountText: discountText(line.discountPercent, line.discountMinor, values.currency),
          taxLabel: rateNames.get(line.taxRateId) ?? '',
        },
      ];
    }),
    totals,
    paidMinor: 0,
    creditedMinor: 0,
    notes: values.notes,
    terms: values.terms,
    footer: values.footer,
    branding: {
      accentColor: template?.accentColor ?? '#1c7ed6',
      header: template?.header ?? 'text',
      logo: null,
      template: template?.layout ?? 'classic',
      paper: template?.paper ?? 'A4',
    },
  };
};
