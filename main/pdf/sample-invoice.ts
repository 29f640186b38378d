import type { DocumentBranding, DocumentLine, InvoiceDocument } from '../../shared/invoice-document';
import { computeInvoice } from '../../shared/invoice-math';
import type { TaxRate } from '../../shared/tax-rate';

/** A realistic document for the PDF tests and the bench; its totals come from computeInvoice, as in the app. */
export interface SampleOptions {
  lines?: number;
  buyerName?: string;
  number?: string | null;
  kind?: InvoiceDocument['kind'];
  correctsNumber?: string | null;
  /** Bills the reverse-charge rate on every line (a B2B service to another EU country). */
  reverseCharge?: boolean;
  invoiceDiscountPercent?: string;
  paidMinor?: number;
  locale?: string;
  currency?: string;
  notes?: string;
  branding?: Partial<DocumentBranding>;
}

export const sampleTaxRates: TaxRate[] = [
  { id: 'vat19', name: 'VAT 19%', rate: '19' },
  { id: 'vat7', name: 'VAT 7%', rate: '7' },
  {
    id: 'rc',
    name: 'Reverse charge',
    rate: '0',
    kind: 'reverse_charge',
    note: 'Reverse charge: VAT to be accounted for by the recipient (Article 196, Council Directive 2006/112/EC).',
  },
];

const work = [
  {
    description: 'Strategy workshop with the leadership team, preparation and written summary',
    unit: 'day',
    quantity: '2',
    price: 120_000,
  },
  {
    description: 'Process review: order-to-cash',
    unit: 'hour',
    quantity: '12.5',
    price: 9_500,
    discount: '10',
  },
  {
    description: 'Training material (printed handbooks)',
    unit: '',
    quantity: '1',
    price: 45_000,
    rate: 'vat7',
  },
  { description: 'Monthly advisory retainer', unit: 'month', quantity: '1', price: 180_000 },
  {
    description: 'Travel to Ærøskøbing and back, Đặng Văn Lâm accompanying',
    unit: '',
    quantity: '1',
    price: 38_990,
  },
];

export const sampleInvoice = (options: SampleOptions = {}): InvoiceDocument => {
  const count = options.lines ?? 5;
  const picked = Array.from({ length: count }, (_, index) => {
    const item = work[index % work.length] ?? work[0];
    if (!item) throw new Error('No sample work');
    const rate = options.reverseCharge ? 'rc' : (item.rate ?? 'vat19');
    return {
      ...item,
      rate,
      description: count > work.length ? `${index + 1}. ${item.description}` : item.description,
    };
  });
  const currency = options.currency ?? 'EUR';
  const totals = computeInvoice({
    currency,
    lines: picked.map((item) => ({
      quantity: item.quantity,
      unitPriceMinor: item.price,
      ...(item.discount ? { discount: { percent: item.discount } } : {}),
      taxRateIds: [item.rate],
    })),
    ...(options.invoiceDiscountPercent ? { discount: { percent: options.invoiceDiscountPercent } } : {}),
    taxRates: sampleTaxRates,
  });
  const lines = picked.map(
    (item): DocumentLine => ({
      description: item.description,
      quantity: item.quantity,
      unit: item.unit,
      unitPriceMinor: item.price,
      discountText: item.discount ? `${item.discount}%` : '',
      taxLabel: sampleTaxRates.find((rate) => rate.id === item.rate)?.name ?? '',
    }),
  );
  return {
    kind: options.kind ?? 'invoice',
    number: options.number === undefined ? 'INV-2026-0001' : options.number,
    issueDate: '2026-03-12',
    dueDate: '2026-03-26',
    supplyDate: '2026-03-10',
    correctsNumber: options.correctsNumber ?? null,
    currency,
    locale: options.locale ?? 'en-IE',
    seller: {
      name: 'Zoë Łukasz-Müller Consulting GmbH',
      address: {
        line1: 'Torstraße 17',
        line2: '',
        city: 'Berlin',
        postalCode: '10119',
        region: '',
        country: 'DE',
      },
      taxId: 'DE312456789',
      email: 'billing@lukasz-mueller.example',
      phone: '+49 30 1234567',
      bankDetails: 'IBAN DE89 3704 0044 0532 0130 00 · BIC COBADEFFXXX · Commerzbank Berlin',
    },
    buyer: {
      name: options.buyerName ?? 'Ærøskøbing Værft ApS',
      address: {
        line1: 'Vestergade 4',
        line2: '',
        city: 'Ærøskøbing',
        postalCode: '5970',
        region: '',
        country: 'DK',
      },
      taxId: 'DK12345678',
      email: 'ap@aeroe-vaerft.example',
      phone: '',
      attention: ['Đặng Thị Hương', 'Иван Петров', 'Γιώργος Παπαδόπουλος'],
    },
    lines,
    totals,
    paidMinor: options.paidMinor ?? 0,
    creditedMinor: 0,
    notes:
      options.notes ??
      'Thank you for your business. Questions about this invoice? Write to billing@lukasz-mueller.example.',
    terms: 'Payable within 14 days of the issue date without deduction.',
    footer:
      'Zoë Łukasz-Müller Consulting GmbH · Managing director: Zoë Łukasz-Müller · Amtsgericht Charlottenburg HRB 123456',
    branding: {
      accentColor: '#1d5fbf',
      header: 'text',
      logo: null,
      template: 'classic',
      paper: 'A4',
      ...options.branding,
    },
  };
};
