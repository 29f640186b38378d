import type { Kysely } from 'kysely';
import type { InvoiceDocument } from '../../shared/invoice-document';
import { invoiceTotals } from '../../shared/invoice-totals';
import type { AppContext } from '../app-context';
import type { Database } from '../db/schema';
import { write } from '../db/write';
import { loadTemplate } from '../invoice-templates/templates.queries';
import { buyerOf, sellerOf } from '../invoices/parties';
import { printedLine } from '../invoices/printable';
import { invoicePdfFileName } from '../pdf/invoice-pdf-file-name';
import { renderInvoicePdf } from '../pdf/render-invoice-pdf';
import { loadLogo, loadProfile } from '../profile/profile.queries';
import {
  estimateContentFrom,
  estimateRates,
  loadEstimateLines,
  loadEstimateRecipients,
  loadEstimateRecord,
  logEstimateEvent,
} from './estimate-records';

/** The estimate as printed, on the invoice layout: its validity date stands where an invoice's due date is. */
export const printableEstimate = async (db: Kysely<Database>, id: number): Promise<InvoiceDocument> => {
  const row = await loadEstimateRecord(db, id);
  const [lines, contactIds, profile, logo, template] = await Promise.all([
    loadEstimateLines(db, id),
    loadEstimateRecipients(db, id),
    loadProfile(db),
    loadLogo(db),
    loadTemplate(db, row.template_id),
  ]);
  const rates = await estimateRates(db, row, lines);
  const rateById = new Map(rates.map((rate) => [rate.id, rate]));
  return {
    kind: 'estimate',
    number: row.number,
    issueDate: row.issue_date,
    dueDate: row.valid_until,
    supplyDate: null,
    correctsNumber: null,
    currency: row.currency,
    locale: profile.locale,
    seller: sellerOf(profile),
    buyer: await buyerOf(db, row.company_id, contactIds),
    lines: lines.map((line) => printedLine(line, row.currency, profile.locale, rateById)),
    totals: invoiceTotals(estimateContentFrom(row, lines, contactIds), rates),
    paidMinor: 0,
    creditedMinor: 0,
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

export const exportEstimatePdf = async (
  ctx: AppContext,
  id: number,
): Promise<{ fileName: string; base64: string }> => {
  const doc = await printableEstimate(ctx.db, id);
  const bytes = await renderInvoicePdf(doc, { createdAt: ctx.clock() });
  const fileName = invoicePdfFileName(doc);
  await write(ctx, ['estimates'], (trx) =>
    logEstimateEvent(trx, id, 'pdf_exported', { fileName }, ctx.clock().toISOString()),
  );
  return { fileName, base64: Buffer.from(bytes).toString('base64') };
};
