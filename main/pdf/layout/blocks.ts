import type { Block } from './flow';
import type { Mark, Rgb, Typesetter, Weight } from './marks';

/** A run of text in one look; it wraps to its column's width. */
export interface Styled {
  text: string;
  weight: Weight;
  size: number;
  color: Rgb;
  /** Extra space above, in points. */
  spaceBefore?: number;
}

export interface Column {
  x: number;
  width: number;
  align?: 'left' | 'right';
  lines: Styled[];
}

/** Space between a table's edge (its rules and bands) and its text; the totals use it too, so amounts align. */
export const cellInset = 6;

export const lineHeight = (size: number, leading: number) => size * leading;

/** The baseline that centres capitals in a line box (DejaVu's cap height is 0.73 em). */
export const baselineIn = (top: number, height: number, size: number) => top + height / 2 + size * 0.365;

export const textMark = (
  ts: Typesetter,
  { text, weight, size, color }: Styled,
  x: number,
  y: number,
  align: 'left' | 'right' = 'left',
): Mark => ({
  kind: 'text',
  x: align === 'right' ? x - ts.width(text, weight, size) : x,
  y,
  text,
  weight,
  size,
  color,
});

interface SetLine {
  styled: Styled;
  top: number;
  height: number;
}

const setColumn = (ts: Typesetter, leading: number, column: Column) => {
  const lines: SetLine[] = [];
  let height = 0;
  for (const styled of column.lines) {
    height += styled.spaceBefore ?? 0;
    for (const text of ts.wrap(styled.text, styled.weight, styled.size, column.width)) {
      const line = lineHeight(styled.size, leading);
      lines.push({ styled: { ...styled, text }, top: height, height: line });
      height += line;
    }
  }
  return { lines, height };
};

/** Columns side by side, as tall as the tallest; never split across pages. */
export const columnsBlock = (ts: Typesetter, leading: number, columns: Column[]): Block => {
  const set = columns.map((column) => ({ column, ...setColumn(ts, leading, column) }));
  return {
    height: Math.max(0, ...set.map((column) => column.height)),
    draw: (marks, top) => {
      for (const { column, lines } of set) {
        const right = column.align === 'right';
        for (const line of lines) {
          const y = baselineIn(top + line.top, line.height, line.styled.size);
          marks.push(textMark(ts, line.styled, right ? column.x + column.width : column.x, y, column.align));
        }
      }
    },
  };
};

/** A paragraph as one block per line, so that long notes continue on the next page. */
export const paragraphBlocks = (ts: Typesetter, leading: number, styled: Styled, x: number, width: number) =>
  ts
    .wrap(styled.text, styled.weight, styled.size, width)
    .map((text) => columnsBlock(ts, leading, [{ x, width, lines: [{ ...styled, text, spaceBefore: 0 }] }]));

export const spacer = (height: number): Block => ({ height, draw: () => {} });

/** Blocks one under the other, as one block. */
export const stacked = (...blocks: Block[]): Block => ({
  height: blocks.reduce((sum, block) => sum + block.height, 0),
  draw: (marks, top) => {
    let y = top;
    for (const block of blocks) {
      block.draw(marks, y);
      y += block.height;
    }
  },
});

/** Blocks that each draw at their own x, side by side from the same top. */
export const beside = (...blocks: Block[]): Block => ({
  height: Math.max(0, ...blocks.map((block) => block.height)),
  draw: (marks, top) => {
    for (const block of blocks) block.draw(marks, top);
  },
});

/** Label and value pairs, labels at the left and values right-aligned, one pair per line. */
export const pairsBlock = (
  ts: Typesetter,
  pairs: readonly { label: string; value: string }[],
  {
    x,
    width,
    size,
    leading,
    label,
    value,
  }: { x: number; width: number; size: number; leading: number; label: Rgb; value: Rgb },
): Block => {
  const line = lineHeight(size, leading);
  return {
    height: pairs.length * line,
    draw: (marks, top) => {
      pairs.forEach((pair, index) => {
        const y = baselineIn(top + index * line, line, size);
        marks.push(textMark(ts, { text: pair.label, weight: 'regular', size, color: label }, x, y));
        marks.push(
          textMark(ts, { text: pair.value, weight: 'bold', size, color: value }, x + width, y, 'right'),
        );
      });
    },
  };
};
