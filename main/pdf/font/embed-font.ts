import { constants, deflateSync } from 'node:zlib';
import { type PDFContext, PDFName, PDFRawStream, type PDFRef, PDFString } from 'pdf-lib';
import { lruCache } from '../lru-cache';
import { printable } from './printable';
import type { TrueTypeFont } from './truetype';
import { subsetTrueType } from './truetype-subset';

/** One font as one document uses it: referenced from pages, and the encoder for its text. */
export interface EmbeddedFont {
  ref: PDFRef;
  /** The text as a hex string of the subset's glyph ids (Identity-H), ready for Tj. */
  encode: (text: string) => string;
}

/** A subset ready to embed: everything that depends only on the glyphs, computed once per glyph set. */
interface PreparedSubset {
  baseFont: string;
  program: Uint8Array;
  programLength: number;
  widths: number[];
  toUnicode: Uint8Array;
  hexOf: Map<number, string>;
}

// Invoices of one workspace print much the same glyphs; repeated sets skip subsetting and compression.
const prepared = lruCache<PreparedSubset>(64);

const hex4 = (value: number) => value.toString(16).padStart(4, '0');

const utf16Hex = (text: string) => {
  let hex = '';
  for (let index = 0; index < text.length; index++) hex += hex4(text.charCodeAt(index));
  return hex;
};

/** A ToUnicode CMap (PDF 32000 9.10.3), so copied, searched and extracted text reads as written. */
const toUnicodeCMap = (entries: readonly [number, string][]) => {
  const blocks: string[] = [];
  // A bfchar block may hold at most 100 entries.
  for (let start = 0; start < entries.length; start += 100) {
    const block = entries.slice(start, start + 100);
    blocks.push(
      `${block.length} beginbfchar\n${block.map(([glyph, text]) => `<${hex4(glyph)}> <${utf16Hex(text)}>`).join('\n')}\nendbfchar`,
    );
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange\n<0000> <ffff>\nendcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
};

/** The six-letter subset tag PDF asks for, derived from the glyph set so equal input gives equal bytes. */
const subsetTag = (key: string) => {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193);
  let tag = '';
  for (let letter = 0; letter < 6; letter++) {
    tag += String.fromCharCode(65 + ((hash >>> 0) % 26));
    hash = Math.imul(hash ^ letter, 0x01000193);
  }
  return tag;
};

const prepare = (font: TrueTypeFont, used: Map<number, string>, key: string): PreparedSubset => {
  const subset = subsetTrueType(font, used.keys());
  const scale = 1000 / font.unitsPerEm;
  const toUnicode = [...used].map(([glyph, text]): [number, string] => [
    subset.renumbered.get(glyph) ?? 0,
    text,
  ]);
  return {
    baseFont: `${subsetTag(key)}+${font.postscriptName}`,
    // Glyph outlines shrink by under 2% more at zlib's default level, at twice the time.
    program: deflateSync(subset.program, { level: constants.Z_BEST_SPEED }),
    programLength: subset.program.byteLength,
    widths: subset.originals.map((glyph) => Math.round((font.advances[glyph] ?? 0) * scale * 1000) / 1000),
    toUnicode: deflateSync(toUnicodeCMap(toUnicode.sort((a, b) => a[0] - b[0]))),
    hexOf: new Map([...subset.renumbered].map(([original, glyph]) => [original, hex4(glyph)])),
  };
};

const preparedFor = (font: TrueTypeFont, used: Map<number, string>): PreparedSubset => {
  const key = `${font.postscriptName}|${[...used]
    .sort((a, b) => a[0] - b[0])
    .map(([glyph, text]) => `${glyph}:${text}`)
    .join(',')}`;
  return prepared(key, () => prepare(font, used, key));
};

const flateStream = (context: PDFContext, bytes: Uint8Array, extra: Record<string, number> = {}) =>
  context.register(PDFRawStream.of(context.obj({ Filter: 'FlateDecode', ...extra }), bytes));

/**
 * Embeds the subset of `font` that `texts` need as a Type0/CIDFontType2 font (Identity-H, glyph ids as
 * character codes) with widths and a ToUnicode map, the way PDF readers expect a Unicode TrueType font.
 */
export const embedFont = (context: PDFContext, font: TrueTypeFont, texts: Iterable<string>): EmbeddedFont => {
  const used = new Map<number, string>();
  for (const text of texts) {
    for (const char of printable(text)) {
      const glyph = font.glyphFor(char.codePointAt(0) ?? 0);
      if (glyph !== 0 && !used.has(glyph)) used.set(glyph, char);
    }
  }
  const subset = preparedFor(font, used);
  const scale = 1000 / font.unitsPerEm;
  const [minX, minY, maxX, maxY] = font.bbox;
  const descriptor = context.register(
    context.obj({
      Type: 'FontDescriptor',
      FontName: subset.baseFont,
      Flags: font.flags,
      FontBBox: [minX * scale, minY * scale, maxX * scale, maxY * scale].map(Math.round),
      ItalicAngle: font.italicAngle,
      Ascent: Math.round(font.ascent * scale),
      Descent: Math.round(font.descent * scale),
      CapHeight: Math.round(font.capHeight * scale),
      XHeight: Math.round(font.xHeight * scale),
      StemV: 0,
      FontFile2: flateStream(context, subset.program, { Length1: subset.programLength }),
    }),
  );
  const cidFont = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: subset.baseFont,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      W: [0, subset.widths],
      CIDToGIDMap: PDFName.of('Identity'),
    }),
  );
  const ref = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: subset.baseFont,
      Encoding: 'Identity-H',
      DescendantFonts: [cidFont],
      ToUnicode: flateStream(context, subset.toUnicode),
    }),
  );
  const encode = (text: string) => {
    let hex = '';
    for (const char of printable(text))
      hex += subset.hexOf.get(font.glyphFor(char.codePointAt(0) ?? 0)) ?? '0000';
    return hex;
  };
  return { ref, encode };
};
