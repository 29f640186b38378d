import type { Address } from './fields';
import type { InvoiceTotals } from './invoice-math';

/** A party as printed: art. 226 asks for full names, addresses and VAT ids of supplier and customer. */
export interface DocumentParty {
  name: string;
  address: Address;
  taxId: string;
  email: string;
  phone: string;
}

export interface DocumentLine {
  description: string;
  /** Exact decimal text ("1.5"). */
  quantity: string;
  /** "hour", "day", "month", "" for fixed, or the catalog item's own word. */
  unit: string;
  unitPriceMinor: number;
  /** "10%" or an amount already formatted; empty when none. */
  discountText: string;
  /** The rate names that apply, e.g. "VAT 19%". */
  taxLabel: string;
}

export type PaperSize = 'A4' | 'Letter';

export interface DocumentBranding {
  /** '#rrggbb'. */
  accentColor: string;
  header: 'text' | 'logo';
  /** Raster bytes; SVG uploads are rasterised when uploaded, so printing never parses SVG. */
  logo: { bytes: Uint8Array; kind: 'png' | 'jpeg' } | null;
  template: 'classic' | 'compact';
  paper: PaperSize;
}

/**
 * Everything an invoice shows, in one plain value: the PDF, the in-app preview and the public view all
 * print from it, and its totals come from computeInvoice only.
 */
export interface InvoiceDocument {
  kind: 'invoice' | 'credit_note' | 'estimate';
  /** Null for a draft, printed as "Draft". */
  number: string | null;
  issueDate: string;
  dueDate: string | null;
  /** Date of supply when it differs from the issue date (art. 226 (7)). */
  supplyDate: string | null;
  /** What a credit note corrects, e.g. "INV-2026-0007". */
  correctsNumber: string | null;
  currency: string;
  locale: string;
  seller: DocumentParty & { bankDetails: string };
  buyer: DocumentParty & { attention: string[] };
  lines: DocumentLine[];
  totals: InvoiceTotals;
  paidMinor: number;
  /** Settled by credit notes and applied credit; printed as its own line before the balance due. */
  creditedMinor: number;
  notes: string;
  terms: string;
  footer: string;
  branding: DocumentBranding;
}
