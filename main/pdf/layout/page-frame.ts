import type { InvoiceWords } from '../invoice-words';
import { baselineIn, lineHeight, textMark } from './blocks';
import { horizontalLine, type Mark, type Typesetter } from './marks';
import type { Style } from './style';

const ruleGap = 8;

export interface PageFrame {
  /** Where the footer begins: content ends above it. */
  top: number;
  draw: (marks: Mark[], pageIndex: number, pageCount: number) => void;
}

/** The footer of every page: the document's footer text and "Page X of Y", under a hairline. */
export const pageFrame = (
  ts: Typesetter,
  style: Style,
  words: InvoiceWords,
  { x, width, pageHeight }: { x: number; width: number; pageHeight: number },
): PageFrame => {
  const size = style.size.small;
  const line = lineHeight(size, style.leading);
  const numberWidth = ts.width('Page 000 of 000', 'regular', size) + 16;
  const footer =
    words.footer.trim() === '' ? [] : ts.wrap(words.footer, 'regular', size, width - numberWidth);
  const top = pageHeight - style.margin.bottom - Math.max(1, footer.length) * line - ruleGap;
  return {
    top,
    draw: (marks, pageIndex, pageCount) => {
      marks.push(horizontalLine(x, top, width, 0.5, style.color.hairline));
      const color = style.color.muted;
      footer.forEach((text, index) => {
        const y = baselineIn(top + ruleGap + index * line, line, size);
        marks.push(textMark(ts, { text, weight: 'regular', size, color }, x, y));
      });
      const pageText = `Page ${pageIndex + 1} of ${pageCount}`;
      const y = baselineIn(top + ruleGap, line, size);
      marks.push(textMark(ts, { text: pageText, weight: 'regular', size, color }, x + width, y, 'right'));
    },
  };
};
