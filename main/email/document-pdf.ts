import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { printableEstimate } from '../estimates/estimate-printable';
import { printableInvoice } from '../invoices/printable';
import { invoicePdfFileName } from '../pdf/invoice-pdf-file-name';
import { renderInvoicePdf } from '../pdf/render-invoice-pdf';
import type { EmailSource } from './merge-values';

/** The PDF an email about `source` carries, rendered as the document's own export renders it. */
export const documentPdf = async (
  db: Kysely<Database>,
  source: EmailSource,
  createdAt: Date,
): Promise<{ fileName: string; bytes: Uint8Array }> => {
  const doc =
    source.kind === 'estimate'
      ? await printableEstimate(db, source.estimateId)
      : await printableInvoice(db, source.invoiceId);
  return { fileName: invoicePdfFileName(doc), bytes: await renderInvoicePdf(doc, { createdAt }) };
};
