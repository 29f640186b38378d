import { describe, expect, it } from 'vitest';
import { invoicePdfFileName } from './invoice-pdf-file-name';
import { sampleInvoice } from './sample-invoice';

describe('invoicePdfFileName', () => {
  it('names the file by number and customer', () => {
    expect(invoicePdfFileName(sampleInvoice({ buyerName: 'Acme GmbH' }))).toBe('INV-2026-0001 Acme GmbH.pdf');
  });

  it('keeps letters with diacritics and drops what Windows, macOS or Linux refuse', () => {
    const doc = sampleInvoice({ number: 'INV/2026:7', buyerName: 'Đặng "Ærø" <Trading>* | Co?.  ' });
    expect(invoicePdfFileName(doc)).toBe('INV 2026 7 Đặng Ærø Trading Co.pdf');
  });

  it('names drafts by their kind, as they have no number yet', () => {
    const doc = sampleInvoice({ number: null, kind: 'credit_note', buyerName: 'Acme' });
    expect(invoicePdfFileName(doc)).toBe('Credit note draft Acme.pdf');
  });

  it('keeps very long customer names short enough for every file system', () => {
    for (const letter of ['a', 'Ł', '𝔸']) {
      const name = invoicePdfFileName(sampleInvoice({ buyerName: letter.repeat(400) }));
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
      expect(name.endsWith(`${letter}.pdf`)).toBe(true);
    }
  });
});
