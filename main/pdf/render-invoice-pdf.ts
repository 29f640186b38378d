import type { InvoiceDocument } from '../../shared/invoice-document';
import { invoiceFonts } from './font/font-files';
import { invoiceWords } from './invoice-words';
import { layoutInvoice } from './layout/layout-invoice';
import { createTypesetter, type Typesetter } from './layout/marks';
import { preparedLogo } from './logo';
import { writePdf } from './write-pdf';

let typesetter: Typesetter | undefined;

/**
 * The invoice, credit note or estimate as a PDF (A4 or US Letter, classic or compact template) in DejaVu
 * Sans, subset to what it prints. `createdAt` is the PDF's creation date; the same document and date
 * give the same bytes.
 */
export const renderInvoicePdf = async (
  doc: InvoiceDocument,
  { createdAt = new Date() }: { createdAt?: Date } = {},
): Promise<Uint8Array> => {
  const fonts = invoiceFonts();
  typesetter ??= createTypesetter(fonts);
  const words = invoiceWords(doc);
  const logo = await preparedLogo(doc.branding);
  const pages = layoutInvoice(doc, words, typesetter, logo);
  return writePdf(pages, fonts, logo, {
    title: words.label,
    author: doc.seller.name,
    language: doc.locale,
    createdAt,
  });
};
