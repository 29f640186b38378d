import { deflateSync } from 'node:zlib';
import { type PDFContext, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { embedFont } from './font/embed-font';
import type { InvoiceFonts } from './font/font-files';
import type { Mark, Page, Rgb, Weight } from './layout/marks';
import type { PreparedLogo } from './logo';

export interface PdfInfo {
  title: string;
  author: string;
  language: string;
  createdAt: Date;
}

const fontNames: Record<Weight, string> = { regular: 'F1', bold: 'F2' };
const logoName = 'Logo';

const num = (value: number) => {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
};
const rgb = (color: Rgb) => color.map(num).join(' ');

/** PDF operators for one page; marks measure from the top-left, PDF from the bottom-left. */
const contentOf = (page: Page, encode: Record<Weight, (text: string) => string>) => {
  const flip = (y: number) => num(page.height - y);
  const ops: string[] = [];
  for (const mark of page.marks) {
    if (mark.kind === 'text') {
      const font = `/${fontNames[mark.weight]} ${num(mark.size)} Tf`;
      ops.push(
        `BT ${font} ${rgb(mark.color)} rg ${num(mark.x)} ${flip(mark.y)} Td <${encode[mark.weight](mark.text)}> Tj ET`,
      );
    } else if (mark.kind === 'rect') {
      ops.push(
        `${rgb(mark.color)} rg ${num(mark.x)} ${flip(mark.y + mark.height)} ${num(mark.width)} ${num(mark.height)} re f`,
      );
    } else if (mark.kind === 'line') {
      const to = `${num(mark.x2)} ${flip(mark.y2)}`;
      ops.push(`${rgb(mark.color)} RG ${num(mark.width)} w ${num(mark.x1)} ${flip(mark.y1)} m ${to} l S`);
    } else {
      const place = `${num(mark.width)} 0 0 ${num(mark.height)} ${num(mark.x)} ${flip(mark.y + mark.height)}`;
      ops.push(`q ${place} cm /${logoName} Do Q`);
    }
  }
  return ops.join('\n');
};

const textsOf = (pages: Page[], weight: Weight) =>
  pages.flatMap((page) =>
    page.marks.flatMap((mark: Mark) => (mark.kind === 'text' && mark.weight === weight ? [mark.text] : [])),
  );

const flate = (context: PDFContext, text: string) =>
  context.register(PDFRawStream.of(context.obj({ Filter: 'FlateDecode' }), deflateSync(text)));

/** Writes laid-out pages as a PDF with pdf-lib: fonts subset to what the pages print, the logo once. */
export const writePdf = async (
  pages: Page[],
  fonts: InvoiceFonts,
  logo: PreparedLogo | null,
  info: PdfInfo,
): Promise<Uint8Array> => {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const { context } = doc;
  const regular = embedFont(context, fonts.regular, textsOf(pages, 'regular'));
  const bold = embedFont(context, fonts.bold, textsOf(pages, 'bold'));
  const encode = { regular: regular.encode, bold: bold.encode };
  const logoRef =
    logo && pages.some((page) => page.marks.some((mark) => mark.kind === 'logo'))
      ? logo.copyInto(context)
      : null;
  for (const page of pages) {
    const pdfPage = doc.addPage([page.width, page.height]);
    pdfPage.node.setFontDictionary(PDFName.of(fontNames.regular), regular.ref);
    pdfPage.node.setFontDictionary(PDFName.of(fontNames.bold), bold.ref);
    if (logoRef) pdfPage.node.setXObject(PDFName.of(logoName), logoRef);
    pdfPage.node.addContentStream(flate(context, contentOf(page, encode)));
  }
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  doc.setAuthor(info.author);
  doc.setCreator('Lumenbase');
  doc.setProducer('Lumenbase');
  doc.setCreationDate(info.createdAt);
  doc.setModificationDate(info.createdAt);
  doc.setLanguage(info.language);
  // Object streams would compress the small dictionaries once more with pdf-lib's JavaScript deflate;
  // the large streams are already compressed, so that saves little and costs more than the rest.
  return doc.save({
    useObjectStreams: false,
    addDefaultPage: false,
    objectsPerTick: Number.POSITIVE_INFINITY,
  });
};
