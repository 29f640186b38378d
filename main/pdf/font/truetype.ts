// Why not fontkit at run time: it re-parses and re-encodes the whole font for every document (about 30 ms
// of the 38 ms an invoice took). A TrueType file is a table directory; reading the few tables a PDF needs
// once per process, and cutting subsets straight from their bytes (truetype-subset.ts), takes microseconds.
// The tests check this reader against fontkit.

/** What the PDF writer needs from a TrueType font: metrics for layout and raw tables for subsets. */
export interface TrueTypeFont {
  postscriptName: string;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  capHeight: number;
  xHeight: number;
  bbox: readonly [number, number, number, number];
  italicAngle: number;
  /** PDF FontDescriptor flags (PDF 32000 9.8.2). */
  flags: number;
  numGlyphs: number;
  /** The glyph for a code point; 0 (.notdef) when the font has none. */
  glyphFor: (codePoint: number) => number;
  advances: Uint16Array;
  leftBearings: Int16Array;
  /** The raw tables, as views into the file. */
  table: (tag: string) => Uint8Array | undefined;
  glyphData: (glyph: number) => Uint8Array;
  /** A composite glyph's parts: the component glyph ids and where each id sits in the glyph's data. */
  components: (glyph: number) => readonly { glyph: number; at: number }[];
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

const readTables = (file: Uint8Array) => {
  const data = view(file);
  const tables = new Map<string, Uint8Array>();
  const count = data.getUint16(4);
  for (let index = 0; index < count; index++) {
    const record = 12 + index * 16;
    const tag = String.fromCharCode(...file.subarray(record, record + 4));
    const offset = data.getUint32(record + 8);
    tables.set(tag, file.subarray(offset, offset + data.getUint32(record + 12)));
  }
  return tables;
};

const readFormat12 = (data: DataView, at: number, glyphs: Map<number, number>) => {
  for (let group = 0; group < data.getUint32(at + 12); group++) {
    const record = at + 16 + group * 12;
    const start = data.getUint32(record);
    const first = data.getUint32(record + 8);
    for (let code = start; code <= data.getUint32(record + 4); code++) glyphs.set(code, first + code - start);
  }
};

const readFormat4 = (data: DataView, at: number, glyphs: Map<number, number>) => {
  const segments = data.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let segment = 0; segment < segments; segment++) {
    const start = data.getUint16(starts + segment * 2);
    const delta = data.getInt16(deltas + segment * 2);
    const rangeAt = rangeOffsets + segment * 2;
    const rangeOffset = data.getUint16(rangeAt);
    for (let code = start; code <= data.getUint16(ends + segment * 2) && code !== 0xffff; code++) {
      const raw = rangeOffset === 0 ? code : data.getUint16(rangeAt + rangeOffset + (code - start) * 2);
      if (raw !== 0) glyphs.set(code, (raw + delta + 0x10000) % 0x10000);
    }
  }
};

/** Code point -> glyph from one cmap subtable (format 12 or 4), or null when the font has no such subtable. */
export const readCmapSubtable = (cmap: Uint8Array, platform: number, encoding: number) => {
  const data = view(cmap);
  for (let index = 0; index < data.getUint16(2); index++) {
    const record = 4 + index * 8;
    if (data.getUint16(record) !== platform || data.getUint16(record + 2) !== encoding) continue;
    const at = data.getUint32(record + 4);
    const glyphs = new Map<number, number>();
    if (data.getUint16(at) === 12) readFormat12(data, at, glyphs);
    else if (data.getUint16(at) === 4) readFormat4(data, at, glyphs);
    else continue;
    return glyphs;
  }
  return null;
};

/** The Windows Unicode cmap: full range (3/10) if the font has one, else the BMP (3/1 or Unicode 0/3). */
const readCmap = (cmap: Uint8Array): Map<number, number> => {
  const glyphs =
    readCmapSubtable(cmap, 3, 10) ?? readCmapSubtable(cmap, 3, 1) ?? readCmapSubtable(cmap, 0, 3);
  if (!glyphs) throw new Error('The font has no Unicode cmap');
  return glyphs;
};

const readPostscriptName = (name: Uint8Array): string => {
  const data = view(name);
  const strings = data.getUint16(4);
  for (let index = 0; index < data.getUint16(2); index++) {
    const record = 6 + index * 12;
    if (data.getUint16(record + 6) !== 6) continue;
    const start = strings + data.getUint16(record + 10);
    const bytes = name.subarray(start, start + data.getUint16(record + 8));
    if (data.getUint16(record) === 1) return String.fromCharCode(...bytes);
    return new TextDecoder('utf-16be').decode(bytes);
  }
  throw new Error('The font has no PostScript name');
};

const readComponents = (glyph: Uint8Array) => {
  const components: { glyph: number; at: number }[] = [];
  if (glyph.byteLength === 0) return components;
  const data = view(glyph);
  if (data.getInt16(0) >= 0) return components;
  let at = 10;
  for (;;) {
    const flags = data.getUint16(at);
    components.push({ glyph: data.getUint16(at + 2), at: at + 2 });
    at += 4 + (flags & 0x0001 ? 4 : 2);
    if (flags & 0x0008) at += 2;
    else if (flags & 0x0040) at += 4;
    else if (flags & 0x0080) at += 8;
    if (!(flags & 0x0020)) return components;
  }
};

const required = (tables: Map<string, Uint8Array>, tag: string) => {
  const table = tables.get(tag);
  if (!table) throw new Error(`The font has no ${tag} table`);
  return table;
};

export const readTrueType = (bytes: Uint8Array): TrueTypeFont => {
  // A plain view, so that no table is a Buffer (whose slice() would share memory).
  const tables = readTables(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const head = view(required(tables, 'head'));
  const hhea = view(required(tables, 'hhea'));
  const post = view(required(tables, 'post'));
  const os2Table = tables.get('OS/2');
  const os2 = os2Table ? view(os2Table) : undefined;
  const numGlyphs = view(required(tables, 'maxp')).getUint16(4);

  const metrics = view(required(tables, 'hmtx'));
  const longMetrics = hhea.getUint16(34);
  const advances = new Uint16Array(numGlyphs);
  const leftBearings = new Int16Array(numGlyphs);
  for (let glyph = 0; glyph < numGlyphs; glyph++) {
    const long = Math.min(glyph, longMetrics - 1);
    advances[glyph] = metrics.getUint16(long * 4);
    leftBearings[glyph] =
      glyph < longMetrics
        ? metrics.getInt16(glyph * 4 + 2)
        : metrics.getInt16(longMetrics * 4 + (glyph - longMetrics) * 2);
  }

  const loca = view(required(tables, 'loca'));
  const shortOffsets = head.getInt16(50) === 0;
  const offsetOf = (glyph: number) =>
    shortOffsets ? loca.getUint16(glyph * 2) * 2 : loca.getUint32(glyph * 4);
  const glyf = required(tables, 'glyf');
  const glyphData = (glyph: number) => glyf.subarray(offsetOf(glyph), offsetOf(glyph + 1));
  const componentCache = new Map<number, readonly { glyph: number; at: number }[]>();

  const cmap = readCmap(required(tables, 'cmap'));
  const ascent = hhea.getInt16(4);
  const familyClass = os2 ? os2.getInt16(30) >> 8 : 0;
  const hasCapHeight = os2 !== undefined && os2.getUint16(0) >= 2;
  return {
    postscriptName: readPostscriptName(required(tables, 'name')),
    unitsPerEm: head.getUint16(18),
    ascent,
    descent: hhea.getInt16(6),
    capHeight: hasCapHeight ? os2.getInt16(88) : ascent,
    xHeight: hasCapHeight ? os2.getInt16(86) : 0,
    bbox: [head.getInt16(36), head.getInt16(38), head.getInt16(40), head.getInt16(42)],
    italicAngle: post.getInt32(4) / 65536,
    // Symbolic (bit 3), as a font with glyphs outside Adobe's standard Latin set must be; serif, fixed
    // pitch and italic from the font's own tables.
    flags:
      4 |
      (post.getUint32(12) !== 0 ? 1 : 0) |
      (familyClass >= 1 && familyClass <= 7 ? 2 : 0) |
      (head.getUint16(44) & 0x0002 ? 64 : 0),
    numGlyphs,
    glyphFor: (codePoint) => {
      const glyph = cmap.get(codePoint);
      if (glyph !== undefined) return glyph;
      // A compatibility form the font lacks prints as its plain letter: the fullwidth ￥ of ja-JP amounts as ¥.
      const plain = String.fromCodePoint(codePoint).normalize('NFKC');
      const fallback = [...plain].length === 1 ? (cmap.get(plain.codePointAt(0) ?? 0) ?? 0) : 0;
      cmap.set(codePoint, fallback);
      return fallback;
    },
    advances,
    leftBearings,
    table: (tag) => tables.get(tag),
    glyphData,
    components: (glyph) => {
      let parts = componentCache.get(glyph);
      if (!parts) {
        parts = readComponents(glyphData(glyph));
        componentCache.set(glyph, parts);
      }
      return parts;
    },
  };
};
