import type { Kysely } from 'kysely';
import type { DocumentLine, InvoiceDocument } from '../../shared/invoice-document';
import { invoiceTotals } from '../../shared/invoice-totals';
import type { InvoiceLine } from '../../shared/invoices';
import { formatMoney } from '../../shared/money';
import type { NamedTaxRate } from '../../shared/tax-rates';
import type { Database } from '../db/schema';
import { loadTemplate } from '../invoice-templates/templates.queries';
import { loadLogo, loadProfile } from '../profile/profile.queries';
import { contentFrom, loadInvoiceRecord, loadLines, loadRecipientIds, ratesOf } from './invoice-records';
import { type Buyer, buyerOf, type Seller, sellerOf } from './parties';

export const printedLine = (
  line: InvoiceLine,
  currency: string,
  locale: string,
  rates: ReadonlyMap<number, NamedTaxRate>,
): DocumentLine => ({
  description: line.description,
  quantity: line.quantity,
  unit: line.unit,
  unitPriceMinor: line.unitPriceMinor,
  discountText:
    line.discountPercent !== null
      ? `${line.discountPercent}%`
      : line.discountMinor !== null
        ? formatMoney({ minor: line.discountMinor, currency }, locale)
        : '',
  taxLabel: rates.get(line.taxRateId)?.name ?? '',
});

/**
 * The invoice as printed. Once issued, the parties and rates come from the snapshots taken at issue, so
 * a later change of address or rate never alters a document already sent; a draft shows them live.
 */
export const printableInvoice = async (db: Kysely<Database>, id: number): Promise<InvoiceDocument> => {
  const row = await loadInvoiceRecord(db, id);
  const [lines, contactIds, profile, logo, template] = await Promise.all([
    loadLines(db, id),
    loadRecipientIds(db, id),
    loadProfile(db),
    loadLogo(db),
    loadTemplate(db, row.template_id),
  ]);
  const rates = await ratesOf(db, row, lines);
  const seller = row.seller === null ? sellerOf(profile) : (JSON.parse(row.seller) as Seller);
  const buyer =
    row.buyer === null ? await buyerOf(db, row.company_id, contactIds) : (JSON.parse(row.buyer) as Buyer);
  const corrected =
    row.corrects_invoice_id === null
      ? undefined
      : await db
          .selectFrom('invoices')
          .select('number')
          .where('id', '=', row.corrects_invoice_id)
          .executeTakeFirst();
  const rateById = new Map(rates.map((rate) => [rate.id, rate]));
  return {
    kind: row.kind,
    number: row.number,
    issueDate: row.issue_date,
    // A credit note is not paid by a date; it says when it was issued and what it corrects.
    dueDate: row.kind === 'credit_note' ? null : row.due_date,
    supplyDate: row.supply_date !== null && row.supply_date !== row.issue_date ? row.supply_date : null,
    correctsNumber: corrected?.number ?? null,
    currency: row.currency,
    locale: profile.locale,
    seller,
    buyer,
    lines: lines.map((line) => printedLine(line, row.currency, profile.locale, rateById)),
    totals: invoiceTotals(contentFrom(row, lines, contactIds), rates),
    paidMinor: row.paid_minor,
    creditedMinor: row.credited_minor,
    notes: row.notes,
    terms: row.terms,
    footer: row.footer,
    branding: {
      accentColor: template.accentColor,
      header: template.header,
      logo: logo ? { bytes: logo.bytes, kind: logo.kind } : null,
      template: template.layout,
      paper: template.paper,
    },
  };
};
