import type { InvoiceFonts } from '../font/font-files';
import { printable } from '../font/printable';

/** What a page shows, in points from the page's top-left corner (the writer turns it into PDF space). */
export type Rgb = readonly [number, number, number];
export type Weight = keyof InvoiceFonts;

export type Mark =
  /** `y` is the baseline. */
  | { kind: 'text'; x: number; y: number; text: string; weight: Weight; size: number; color: Rgb }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; color: Rgb }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; width: number; color: Rgb }
  | { kind: 'logo'; x: number; y: number; width: number; height: number };

/** A horizontal rule from `x` across `length` points at height `y`. */
export const horizontalLine = (x: number, y: number, length: number, width: number, color: Rgb): Mark => ({
  kind: 'line',
  x1: x,
  y1: y,
  x2: x + length,
  y2: y,
  width,
  color,
});

export interface Page {
  width: number;
  height: number;
  marks: Mark[];
}

export interface Typesetter {
  width: (text: string, weight: Weight, size: number) => number;
  /** Lines no wider than `maxWidth`: breaks at spaces, and inside a word only when it alone is too wide. */
  wrap: (text: string, weight: Weight, size: number, maxWidth: number) => string[];
}

export const createTypesetter = (fonts: InvoiceFonts): Typesetter => {
  const width = (text: string, weight: Weight, size: number) => {
    const font = fonts[weight];
    let units = 0;
    for (const char of printable(text)) units += font.advances[font.glyphFor(char.codePointAt(0) ?? 0)] ?? 0;
    return (units * size) / font.unitsPerEm;
  };

  const breakWord = (word: string, fits: (text: string) => boolean) => {
    const pieces: string[] = [];
    let piece = '';
    for (const char of word) {
      if (piece !== '' && !fits(piece + char)) {
        pieces.push(piece);
        piece = '';
      }
      piece += char;
    }
    return [...pieces, piece];
  };

  const wrapParagraph = (paragraph: string, fits: (text: string) => boolean) => {
    const lines: string[] = [];
    let line = '';
    for (const word of paragraph.split(' ')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      const pieces = breakWord(word, fits);
      line = pieces.pop() ?? '';
      lines.push(...pieces);
    }
    return [...lines, line];
  };

  return {
    width,
    wrap: (text, weight, size, maxWidth) => {
      const fits = (candidate: string) => width(candidate, weight, size) <= maxWidth;
      return printable(text)
        .trimEnd()
        .split('\n')
        .flatMap((paragraph) => wrapParagraph(paragraph.trimEnd(), fits));
    },
  };
};
