import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../shared/money';
import { makeTempDir } from '../test-support';
import { renderInvoicePdf } from './render-invoice-pdf';
import { type SampleOptions, sampleInvoice } from './sample-invoice';

const createdAt = new Date('2026-03-12T09:30:00Z');

/** The PDF as poppler reads it back (`pdftotext -layout`), one string per page. */
const pagesOf = (pdf: Uint8Array): string[] => {
  const file = join(makeTempDir(), 'invoice.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((page) => page.trim() !== '');
};

const render = async (options: SampleOptions = {}) => {
  const doc = sampleInvoice(options);
  const pdf = await renderInvoicePdf(doc, { createdAt });
  const pages = pagesOf(pdf);
  return { doc, pdf, pages, text: pages.join('\n') };
};

// pdftotext writes the no-break spaces some locales put in amounts ("7 215,29 €") as plain spaces.
const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const lineWith = (text: string, label: RegExp) =>
  spaced(text)
    .split('\n')
    .find((line) => label.test(line)) ?? '';

describe('renderInvoicePdf', () => {
  it('prints the number and names in Latin with diacritics, Cyrillic and Greek so that they read back', async () => {
    const { text } = await render({ buyerName: 'Ærøskøbing Værft ApS' });
    for (const expected of [
      'Invoice',
      'INV-2026-0001',
      'Zoë Łukasz-Müller Consulting GmbH',
      'Ærøskøbing Værft ApS',
      'Đặng Thị Hương',
      'Иван Петров',
      'Γιώργος Παπαδόπουλος',
      'VAT ID: DE312456789',
      'VAT ID: DK12345678',
      'IBAN DE89 3704 0044 0532 0130 00',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('prints every tax group on its base and the totals as formatMoney shows them', async () => {
    const { doc, text } = await render({ invoiceDiscountPercent: '5', paidMinor: 100_000 });
    const money = (minor: number) => formatMoney({ minor, currency: 'EUR' }, doc.locale);
    expect(doc.totals.taxGroups.length).toBe(2);
    for (const group of doc.totals.taxGroups) {
      const line = lineWith(text, new RegExp(`${group.name} on`));
      expect(line).toContain(`${group.name} on ${money(group.taxableMinor)}`);
      expect(line.trimEnd().endsWith(money(group.taxMinor))).toBe(true);
    }
    expect(
      lineWith(text, /Invoice discount/)
        .trimEnd()
        .endsWith(money(-doc.totals.discountMinor)),
    ).toBe(true);
    expect(
      lineWith(text, /Net total/)
        .trimEnd()
        .endsWith(money(doc.totals.netMinor)),
    ).toBe(true);
    expect(
      lineWith(text, /^\s*Paid\s/)
        .trimEnd()
        .endsWith(money(-100_000)),
    ).toBe(true);
    expect(
      lineWith(text, /Balance due/)
        .trimEnd()
        .endsWith(money(doc.totals.totalMinor - 100_000)),
    ).toBe(true);
  });

  it.each([
    ['en-IE', 'EUR'],
    ['de-DE', 'EUR'],
    ['fr-FR', 'EUR'],
    ['de-CH', 'CHF'],
    ['ja-JP', 'JPY'],
    ['en-US', 'BHD'],
  ])('prints the same total as the app shows, in %s with %s', async (locale, currency) => {
    const { doc, text } = await render({ locale, currency });
    const total = spaced(formatMoney({ minor: doc.totals.totalMinor, currency }, locale));
    expect(lineWith(text, /^\s*Total\s/).trim()).toMatch(
      new RegExp(`^Total\\s+${total.replace(/[$.*+?^()[\]{}|\\]/g, '\\$&')}$`),
    );
  });

  it('prints the legal note of a reverse-charge supply, and a credit note says what it corrects', async () => {
    const { text } = await render({
      reverseCharge: true,
      kind: 'credit_note',
      number: 'CN-2026-0002',
      correctsNumber: 'INV-2026-0001',
    });
    expect(spaced(text)).toContain(
      'Reverse charge: VAT to be accounted for by the recipient (Article 196, Council',
    );
    expect(text).toContain('Credit note for INV-2026-0001');
    expect(text).toContain('Credit note number');
  });

  it('prints the art. 226 dates and titles estimates and drafts', async () => {
    const { text } = await render();
    expect(lineWith(text, /Issue date/)).toContain('12 Mar 2026');
    expect(lineWith(text, /Date of supply/)).toContain('10 Mar 2026');
    expect(lineWith(text, /Due date/)).toContain('26 Mar 2026');
    const estimate = await render({ kind: 'estimate', number: null });
    expect(estimate.text).toContain('Estimate');
    expect(estimate.text).toContain('Draft');
    expect(lineWith(estimate.text, /Valid until/)).toContain('26 Mar 2026');
  });

  it.each(['classic', 'compact'] as const)(
    'spreads 60 lines over pages with the table header on each (%s)',
    async (template) => {
      const { pages } = await render({ lines: 60, branding: { template } });
      expect(pages.length).toBeGreaterThanOrEqual(2);
      pages.forEach((page, index) => {
        expect(page).toMatch(/Description\s+Quantity\s+Unit price\s+Discount\s+Tax\s+Amount/);
        expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
      });
      expect(pages[0]).toContain('1. Strategy workshop');
      const last = pages.at(-1) ?? '';
      // The totals stay together, with at least the last line above them.
      expect(last).toContain('60. Travel to Ærøskøbing');
      for (const label of ['Net total', 'VAT 19% on', 'VAT 7% on', 'Total']) expect(last).toContain(label);
    },
  );

  it('sets A4 or US Letter and the title, author, creator and creation date', async () => {
    const a4 = await PDFDocument.load((await render()).pdf, { updateMetadata: false });
    expect(a4.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    expect(a4.getTitle()).toBe('Invoice INV-2026-0001');
    expect(a4.getAuthor()).toBe('Zoë Łukasz-Müller Consulting GmbH');
    expect(a4.getCreator()).toBe('Lumenbase');
    expect(a4.getCreationDate()).toEqual(createdAt);

    const letter = await PDFDocument.load((await render({ branding: { paper: 'Letter' } })).pdf);
    expect(letter.getPage(0).getSize()).toEqual({ width: 612, height: 792 });
    expect((await PDFDocument.load((await render({ number: null })).pdf)).getTitle()).toBe('Invoice (draft)');
  });

  it('embeds the logo when the header is a logo', async () => {
    // A 2x1 PNG: one red pixel, one transparent.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAD0lEQVR4nGO4o6HxnwEIAA3sAiy4pEIpAAAAAElFTkSuQmCC',
      'base64',
    );
    const { pdf, text } = await render({ branding: { header: 'logo', logo: { bytes: png, kind: 'png' } } });
    const page = (await PDFDocument.load(pdf)).getPage(0);
    const xObjects = page.node.Resources()?.lookup(PDFName.of('XObject'), PDFDict);
    const logo = xObjects?.lookup(PDFName.of('Logo'), PDFStream);
    expect(logo?.dict.get(PDFName.of('Subtype'))).toBe(PDFName.of('Image'));
    expect(logo?.dict.get(PDFName.of('Width'))?.toString()).toBe('2');
    expect(logo?.dict.has(PDFName.of('SMask'))).toBe(true);
    // With a logo instead of the name as header, the legal name is printed with the address.
    expect(text).toContain('Zoë Łukasz-Müller Consulting GmbH');
  });

  it('prints the seller’s name as header when the stored logo does not decode', async () => {
    const broken = { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), kind: 'png' as const };
    const { pdf, pages } = await render({ branding: { header: 'logo', logo: broken } });
    expect(pages[0]?.trimStart().startsWith('Zoë Łukasz-Müller')).toBe(true);
    const resources = (await PDFDocument.load(pdf)).getPage(0).node.Resources();
    expect(resources?.lookup(PDFName.of('XObject'), PDFDict).has(PDFName.of('Logo'))).toBe(false);
  });

  it('gives the same bytes for the same document and date, whatever was printed before', async () => {
    const doc = sampleInvoice({ lines: 12 });
    const first = await renderInvoicePdf(doc, { createdAt });
    await renderInvoicePdf(sampleInvoice({ buyerName: 'Другой клиент' }), { createdAt });
    const again = await renderInvoicePdf(structuredClone(doc), { createdAt });
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
  });

  it('lays compact out differently from classic: seller, buyer and details side by side', async () => {
    const classic = await render();
    const compact = await render({ branding: { template: 'compact' } });
    expect(compact.text).toMatch(/From\s+Bill to\s+Details/);
    expect(classic.text).not.toMatch(/From\s+Bill to/);
    expect(compact.text).toContain('Invoice INV-2026-0001');
  });
});
