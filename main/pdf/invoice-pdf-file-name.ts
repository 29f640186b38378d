import type { InvoiceDocument } from '../../shared/invoice-document';

const kindWords: Record<InvoiceDocument['kind'], string> = {
  invoice: 'Invoice',
  credit_note: 'Credit note',
  estimate: 'Estimate',
};
// File systems count bytes (255 on most); UTF-8 letters take up to four.
const maxBaseBytes = 200;
// Names Windows refuses as a file's base name, whatever the extension.
const reserved = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name for the document's PDF that every OS accepts, e.g. "INV-2026-0001 Acme GmbH.pdf": no
 * / \ : * ? " < > | or control characters, no trailing dots or spaces, short enough for every file system.
 */
export const invoicePdfFileName = (doc: InvoiceDocument): string => {
  const first = doc.number ?? `${kindWords[doc.kind]} draft`;
  const base = `${first} ${doc.buyer.name}`
    .normalize('NFC')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are not allowed in file names
    .replace(/[/\\:*?"<>|\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let cut = '';
  for (const char of base) {
    if (Buffer.byteLength(cut + char) > maxBaseBytes) break;
    cut += char;
  }
  cut = cut.replace(/[. ]+$/, '');
  const safe = cut === '' ? kindWords[doc.kind] : cut;
  return `${reserved.test(safe) ? `_${safe}` : safe}.pdf`;
};
