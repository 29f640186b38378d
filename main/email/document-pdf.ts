import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { printableEstimate } from '../estimates/estimate-printable';
import { printableInvoice } from '../invoices/printable';
import { invoicePdfFileName } from '../pdf/invoice-pdf-file-name';
import { renderInvoicePdf } from '../pdf/render-invoice-pdf';
import type { EmailSource } from './merge-values';

const printableOf = (db: Kysely<Database>, source: EmailSource) =>
  source.kind === 'estimate'
    ? printableEstimate(db, source.estimateId)
    : printableInvoice(db, source.invoiceId);

/** The name the document's PDF has, as its own export names it. */
export const documentPdfName = async (db: Kysely<Database>, source: EmailSource) =>
  invoicePdfFileName(await printableOf(db, source));

/** The PDF an email about `source` carries, rendered as the document's own export renders it. */
export const documentPdf = async (
  db: Kysely<Database>,
  source: EmailSource,
  createdAt: Date,
): Promise<{ fileName: string; bytes: Uint8Array }> => {
  const doc = await printableOf(db, source);
  return { fileName: invoicePdfFileName(doc), bytes: await renderInvoicePdf(doc, { createdAt }) };
};
