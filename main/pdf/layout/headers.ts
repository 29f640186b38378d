import type { InvoiceWords } from '../invoice-words';
import { beside, columnsBlock, pairsBlock, type Styled, spacer, stacked } from './blocks';
import type { Block } from './flow';
import { horizontalLine, type Typesetter } from './marks';
import type { Style } from './style';

export interface LogoSize {
  width: number;
  height: number;
}

export interface HeaderInput {
  ts: Typesetter;
  style: Style;
  words: InvoiceWords;
  logo: LogoSize | null;
  x: number;
  width: number;
}

/** The logo scaled to fit its box, keeping its proportions. */
const logoBlock = (logo: LogoSize, x: number, maxWidth: number, maxHeight: number): Block => {
  const scale = Math.min(maxWidth / logo.width, maxHeight / logo.height);
  const width = logo.width * scale;
  const height = logo.height * scale;
  return { height, draw: (marks, top) => marks.push({ kind: 'logo', x, y: top, width, height }) };
};

const rule = (x: number, width: number, thickness: number, style: Style): Block => ({
  height: thickness,
  draw: (marks, top) => {
    marks.push(horizontalLine(x, top + thickness / 2, width, thickness, style.color.accent));
  },
});

const brandBlock = ({ ts, style, words, logo, x }: HeaderInput, width: number, logoBox: LogoSize): Block =>
  logo
    ? logoBlock(logo, x, logoBox.width, logoBox.height)
    : columnsBlock(ts, 1.2, [
        {
          x,
          width,
          lines: [
            { text: words.seller.name, weight: 'bold', size: style.size.brand, color: style.color.accent },
          ],
        },
      ]);

const partyLines = (style: Style, heading: string, name: string, lines: string[], size: number): Styled[] => [
  {
    text: heading,
    weight: 'bold',
    size: style.size.small,
    color: style.template === 'compact' ? style.color.accent : style.color.muted,
  },
  { text: name, weight: 'bold', size: style.size.name, color: style.color.text, spaceBefore: 2 },
  ...lines.map((text): Styled => ({ text, weight: 'regular', size, color: style.color.text })),
];

/**
 * Classic: a spacious stacked header. Brand and the seller's details at the left, a large title at the
 * right, an accent rule, then who is billed beside the document's dates.
 */
const classicHeader = (input: HeaderInput): Block[] => {
  const { ts, style, words, logo, x, width } = input;
  const leftWidth = width * 0.55;
  const rightWidth = width * 0.4;
  const rightX = x + width - rightWidth;
  const sellerLines: Styled[] = [
    ...(logo
      ? [{ text: words.seller.name, weight: 'bold', size: style.size.body, color: style.color.text } as const]
      : []),
    ...words.seller.lines.map(
      (text): Styled => ({ text, weight: 'regular', size: style.size.small, color: style.color.muted }),
    ),
  ];
  const brand = stacked(
    brandBlock(input, leftWidth, { width: 180, height: 60 }),
    spacer(8),
    columnsBlock(ts, style.leading, [{ x, width: leftWidth, lines: sellerLines }]),
  );
  const title = columnsBlock(ts, 1.25, [
    {
      x: rightX,
      width: rightWidth,
      align: 'right',
      lines: [
        { text: words.title, weight: 'bold', size: style.size.title, color: style.color.text },
        {
          text: words.number,
          weight: 'regular',
          size: style.size.name,
          color: style.color.muted,
          spaceBefore: 2,
        },
        ...(words.corrects
          ? [
              {
                text: words.corrects,
                weight: 'bold',
                size: style.size.body,
                color: style.color.accent,
                spaceBefore: 4,
              } as const,
            ]
          : []),
      ],
    },
  ]);
  const billTo = columnsBlock(ts, style.leading, [
    {
      x,
      width: leftWidth,
      lines: partyLines(style, 'Bill to', words.buyer.name, words.buyer.lines, style.size.body),
    },
  ]);
  const dates = pairsBlock(ts, words.meta, {
    x: rightX,
    width: rightWidth,
    size: style.size.body,
    leading: style.leading,
    label: style.color.muted,
    value: style.color.text,
  });
  return [
    beside(brand, title),
    spacer(style.gap * 0.8),
    rule(x, width, 2, style),
    spacer(style.gap),
    beside(billTo, dates),
  ];
};

/**
 * Compact: a slim brand line over an accent rule, then seller, buyer and details side by side in three
 * columns, so the table starts high on the page.
 */
const compactHeader = (input: HeaderInput): Block[] => {
  const { ts, style, words, x, width } = input;
  const gap = 16;
  const column = (width - gap * 2) / 3;
  const titleText = `${words.title} ${words.number}`;
  // The brand takes what the title leaves, so a long company name wraps only when it must.
  const titleWidth = Math.min(width / 2, ts.width(titleText, 'bold', style.size.title) + gap);
  const title = columnsBlock(ts, 1.25, [
    {
      x: x + width - titleWidth,
      width: titleWidth,
      align: 'right',
      lines: [
        { text: titleText, weight: 'bold', size: style.size.title, color: style.color.accent },
        ...(words.corrects
          ? [
              {
                text: words.corrects,
                weight: 'bold',
                size: style.size.body,
                color: style.color.text,
              } as const,
            ]
          : []),
      ],
    },
  ]);
  const from = partyLines(style, 'From', words.seller.name, words.seller.lines, style.size.body);
  const billTo = partyLines(style, 'Bill to', words.buyer.name, words.buyer.lines, style.size.body);
  const detailsX = x + (column + gap) * 2;
  const details = stacked(
    columnsBlock(ts, style.leading, [
      {
        x: detailsX,
        width: column,
        lines: [{ text: 'Details', weight: 'bold', size: style.size.small, color: style.color.accent }],
      },
    ]),
    spacer(2),
    pairsBlock(ts, words.meta, {
      x: detailsX,
      width: column,
      size: style.size.body,
      leading: style.leading,
      label: style.color.muted,
      value: style.color.text,
    }),
  );
  return [
    beside(brandBlock(input, width - titleWidth - gap, { width: 140, height: 40 }), title),
    spacer(8),
    rule(x, width, 2.5, style),
    spacer(style.gap),
    beside(
      columnsBlock(ts, style.leading, [
        { x, width: column, lines: from },
        { x: x + column + gap, width: column, lines: billTo },
      ]),
      details,
    ),
  ];
};

export const firstPageHeader = (input: HeaderInput): Block[] =>
  input.style.template === 'compact' ? compactHeader(input) : classicHeader(input);

/** The header of every later page: which document, and whose. */
export const continuationHeader = ({ ts, style, words, x, width }: HeaderInput): Block => {
  const size = style.size.small;
  const line = columnsBlock(ts, style.leading, [
    { x, width: width / 2, lines: [{ text: words.label, weight: 'bold', size, color: style.color.text }] },
    {
      x: x + width / 2,
      width: width / 2,
      align: 'right',
      lines: [{ text: words.seller.name, weight: 'regular', size, color: style.color.muted }],
    },
  ]);
  const hairline: Block = {
    height: style.gap * 0.6,
    draw: (marks, top) => {
      marks.push(horizontalLine(x, top + 3, width, 0.5, style.color.hairline));
    },
  };
  return stacked(line, hairline);
};
