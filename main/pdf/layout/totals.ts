import type { TotalRow } from '../invoice-words';
import { baselineIn, cellInset as inset, lineHeight, textMark } from './blocks';
import type { Block } from './flow';
import { horizontalLine, type Mark, type Typesetter } from './marks';
import type { Style } from './style';

const labelGap = 18;

interface SetRow {
  row: TotalRow;
  size: number;
  labels: string[];
  padding: number;
  height: number;
}

const drawRow = (
  ts: Typesetter,
  style: Style,
  marks: Mark[],
  set: SetRow,
  top: number,
  left: number,
  right: number,
) => {
  const { row, size, labels, padding, height } = set;
  if (row.emphasis === 'due' && style.template === 'classic') {
    marks.push({ kind: 'rect', x: left, y: top, width: right - left, height, color: style.color.tint });
  }
  if (row.emphasis === 'due' && style.template === 'compact') {
    marks.push(horizontalLine(left, top, right - left, 1, style.color.accent));
  }
  const line = lineHeight(size, style.leading);
  const weight = row.emphasis === 'none' ? 'regular' : 'bold';
  const color = row.emphasis === 'none' ? style.color.muted : style.color.text;
  labels.forEach((label, index) => {
    const baseline = baselineIn(top + padding + index * line, line, size);
    marks.push(textMark(ts, { text: label, weight, size, color }, left + inset, baseline));
  });
  const value = { text: row.value, weight, size, color: style.color.text } as const;
  marks.push(textMark(ts, value, right - inset, baselineIn(top + padding, line, size), 'right'));
};

/**
 * The totals as one block, right-aligned under the table and never split across pages. Its amounts
 * line up with the table's Amount column. Returns the box's width so something can sit beside it.
 */
export const totalsBlock = (ts: Typesetter, style: Style, rows: TotalRow[], right: number, width: number) => {
  const sizeOf = (row: TotalRow) => (row.emphasis === 'due' ? style.size.name : style.size.body);
  const weightOf = (row: TotalRow) => (row.emphasis === 'none' ? 'regular' : 'bold');
  const widest = (measure: (row: TotalRow) => number) => Math.max(...rows.map(measure));
  const valueWidth = widest((row) => ts.width(row.value, weightOf(row), sizeOf(row)));
  const labelNatural = widest((row) => ts.width(row.label, weightOf(row), sizeOf(row)));
  const boxWidth = Math.min(
    width * 0.6,
    Math.max(width * 0.42, labelNatural + labelGap + valueWidth + inset * 2),
  );
  const left = right - boxWidth;
  const labelWidth = boxWidth - valueWidth - labelGap - inset * 2;
  const set = rows.map((row): SetRow => {
    const size = sizeOf(row);
    const labels = ts.wrap(row.label, weightOf(row), size, labelWidth);
    const padding = row.emphasis === 'due' ? style.rowPadding : style.rowPadding * 0.4;
    return {
      row,
      size,
      labels,
      padding,
      height: labels.length * lineHeight(size, style.leading) + padding * 2,
    };
  });
  const block: Block = {
    height: set.reduce((sum, each) => sum + each.height, 0),
    draw: (marks, top) => {
      let y = top;
      for (const each of set) {
        drawRow(ts, style, marks, each, y, left, right);
        y += each.height;
      }
    },
  };
  return { block, width: boxWidth };
};
