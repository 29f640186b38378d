import { PageSizes } from 'pdf-lib';
import type { InvoiceDocument } from '../../../shared/invoice-document';
import type { InvoiceWords } from '../invoice-words';
import { beside, columnsBlock, paragraphBlocks, type Styled, spacer, stacked } from './blocks';
import { createFlow, type Flow } from './flow';
import { continuationHeader, firstPageHeader, type LogoSize } from './headers';
import { lineTable } from './line-table';
import type { Page, Typesetter } from './marks';
import { pageFrame } from './page-frame';
import { type Style, styleFor } from './style';
import { totalsBlock } from './totals';

const paper = { A4: PageSizes.A4, Letter: PageSizes.Letter };

const heading = (style: Style, text: string): Styled => ({
  text,
  weight: 'bold',
  size: style.size.small,
  color: style.color.muted,
  spaceBefore: style.rowPadding * 0.4,
});

const body = (style: Style, text: string): Styled => ({
  text,
  weight: 'regular',
  size: style.size.body,
  color: style.color.text,
});

/** A titled paragraph that may continue on the next page; its title stays with its first line. */
const placeSection = (
  flow: Flow,
  ts: Typesetter,
  style: Style,
  title: string,
  text: string,
  x: number,
  width: number,
) => {
  if (text.trim() === '') return;
  flow.space(style.gap * 0.7);
  const titleBlock = columnsBlock(ts, style.leading, [
    { x, width, lines: [{ ...heading(style, title), spaceBefore: 0 }] },
  ]);
  const lines = paragraphBlocks(ts, style.leading, body(style, text), x, width);
  flow.place(titleBlock, { keepRoom: lines[0]?.height ?? 0 });
  for (const line of lines) flow.place(line);
};

/**
 * The totals as one block with the tax groups' legal notes under them, so neither strays onto a page of
 * its own. Classic uses the room left of the totals for how to pay; compact lists it with the notes.
 */
const closingBlock = (ts: Typesetter, style: Style, words: InvoiceWords, x: number, width: number) => {
  const totals = totalsBlock(ts, style, words.totals, x + width, width);
  const paymentBeside = style.template === 'classic' && words.bankDetails.trim() !== '';
  const payment = columnsBlock(ts, style.leading, [
    {
      x,
      width: width - totals.width - style.gap,
      lines: [heading(style, 'Payment details'), body(style, words.bankDetails)],
    },
  ]);
  const notes = words.taxNotes.map((note) =>
    columnsBlock(ts, style.leading, [{ x, width, lines: [body(style, note)] }]),
  );
  const closing = stacked(
    paymentBeside ? beside(payment, totals.block) : totals.block,
    ...(notes.length > 0 ? [spacer(style.gap * 0.5), ...notes] : []),
  );
  return { closing, paymentBeside };
};

/** Lays the document out on as many pages as its lines need. */
export const layoutInvoice = (
  doc: InvoiceDocument,
  words: InvoiceWords,
  ts: Typesetter,
  logo: LogoSize | null,
): Page[] => {
  const style = styleFor(doc.branding);
  const [pageWidth, pageHeight] = paper[doc.branding.paper];
  const x = style.margin.side;
  const width = pageWidth - x * 2;
  const header = { ts, style, words, logo, x, width };
  const frame = pageFrame(ts, style, words, { x, width, pageHeight });
  const continuation = continuationHeader(header);
  const flow = createFlow({
    width: pageWidth,
    height: pageHeight,
    firstTop: style.margin.top,
    nextTop: style.margin.top + continuation.height,
    bottom: frame.top - style.gap * 0.5,
  });

  for (const block of firstPageHeader(header)) flow.place(block);
  flow.space(style.gap * 1.2);
  const table = lineTable(ts, style, words, x, width);
  const { closing, paymentBeside } = closingBlock(ts, style, words, x, width);
  const totalsGap = style.gap * 0.5;
  flow.place(table.header, { keepRoom: table.rows[0]?.height ?? 0 });
  flow.repeat(table.header);
  // The last line goes to the next page with the totals rather than leave them alone there.
  table.rows.forEach((row, index) => {
    flow.place(row, { keepRoom: index === table.rows.length - 1 ? totalsGap + closing.height : 0 });
  });
  flow.repeat(null);
  flow.space(totalsGap);
  flow.place(closing);
  placeSection(flow, ts, style, 'Notes', words.notes, x, width);
  placeSection(flow, ts, style, 'Terms', words.terms, x, width);
  if (!paymentBeside) placeSection(flow, ts, style, 'Payment details', words.bankDetails, x, width);

  const pages = flow.pages();
  pages.forEach((page, index) => {
    if (index > 0) continuation.draw(page.marks, style.margin.top);
    frame.draw(page.marks, index, pages.length);
  });
  return pages;
};
