import { columnTitles, type InvoiceWords, type LineColumn } from '../invoice-words';
import { baselineIn, cellInset, lineHeight, textMark } from './blocks';
import type { Block } from './flow';
import { horizontalLine, type Typesetter } from './marks';
import type { Style } from './style';

const columnGap = 12;
const minDescription = 150;
/** Columns that wrap rather than squeeze the description below its minimum; amounts never wrap. */
const widest: Partial<Record<LineColumn, number>> = { quantity: 90, discount: 70, tax: 110 };
const zebra = [0.965, 0.97, 0.975] as const;

interface TableColumn {
  key: LineColumn;
  x: number;
  width: number;
  align: 'left' | 'right';
}

const layoutColumns = (ts: Typesetter, style: Style, words: InvoiceWords, x: number, width: number) => {
  const natural = (key: LineColumn) =>
    Math.max(
      ts.width(columnTitles[key], 'bold', style.size.small),
      ...words.lines.map((line) => ts.width(line[key], 'regular', style.size.body)),
    );
  const others = words.columns.filter((key) => key !== 'description');
  const widths = new Map<LineColumn, number>(
    others.map((key) => [key, Math.min(natural(key), widest[key] ?? Number.POSITIVE_INFINITY)]),
  );
  const room = () => width - [...widths.values()].reduce((sum, each) => sum + each + columnGap, 0);
  // Too narrow for the description: the wrapping columns give way, in order, down to half their width.
  for (const key of ['tax', 'quantity', 'discount'] as const) {
    const current = widths.get(key);
    if (current === undefined || room() >= minDescription) continue;
    widths.set(key, Math.max(current / 2, current - (minDescription - room())));
  }
  widths.set('description', room());
  let left = x;
  return words.columns.map((key): TableColumn => {
    const column = {
      key,
      x: left,
      width: widths.get(key) ?? 0,
      align: key === 'description' ? 'left' : 'right',
    } as const;
    left += column.width + columnGap;
    return column;
  });
};

const headerBlock = (
  ts: Typesetter,
  style: Style,
  columns: TableColumn[],
  x: number,
  width: number,
): Block => {
  const size = style.size.small;
  const height = lineHeight(size, style.leading) + style.rowPadding * 2;
  const band = style.template === 'compact';
  return {
    height,
    draw: (marks, top) => {
      if (band) marks.push({ kind: 'rect', x, y: top, width, height, color: style.color.accent });
      else {
        marks.push(horizontalLine(x, top + height - 0.5, width, 1, style.color.accent));
      }
      const color = band ? style.color.onAccent : style.color.muted;
      for (const column of columns) {
        const styled = { text: columnTitles[column.key], weight: 'bold', size, color } as const;
        const at = column.align === 'right' ? column.x + column.width : column.x;
        marks.push(textMark(ts, styled, at, baselineIn(top, height, size), column.align));
      }
    },
  };
};

const rowBlock = (
  ts: Typesetter,
  style: Style,
  columns: TableColumn[],
  cells: InvoiceWords['lines'][number],
  shaded: boolean,
  x: number,
  width: number,
): Block => {
  const size = style.size.body;
  const line = lineHeight(size, style.leading);
  const wrapped = columns.map((column) => ts.wrap(cells[column.key], 'regular', size, column.width));
  const height = Math.max(1, ...wrapped.map((lines) => lines.length)) * line + style.rowPadding * 2;
  return {
    height,
    draw: (marks, top) => {
      if (shaded) marks.push({ kind: 'rect', x, y: top, width, height, color: zebra });
      if (style.template === 'classic') {
        marks.push(horizontalLine(x, top + height - 0.25, width, 0.5, style.color.hairline));
      }
      columns.forEach((column, index) => {
        (wrapped[index] ?? []).forEach((text, row) => {
          const y = baselineIn(top + style.rowPadding + row * line, line, size);
          const at = column.align === 'right' ? column.x + column.width : column.x;
          const styled = { text, weight: 'regular', size, color: style.color.text } as const;
          marks.push(textMark(ts, styled, at, y, column.align));
        });
      });
    },
  };
};

/** The line items as a header (repeated on every page the table reaches) and one unsplittable block per line. */
export const lineTable = (ts: Typesetter, style: Style, words: InvoiceWords, x: number, width: number) => {
  const columns = layoutColumns(ts, style, words, x + cellInset, width - cellInset * 2);
  return {
    header: headerBlock(ts, style, columns, x, width),
    rows: words.lines.map((cells, index) =>
      rowBlock(ts, style, columns, cells, style.template === 'compact' && index % 2 === 1, x, width),
    ),
  };
};
