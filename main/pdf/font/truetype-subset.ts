import type { TrueTypeFont } from './truetype';

export interface TrueTypeSubset {
  /** A TrueType file holding only the chosen glyphs, renumbered 0..n-1 (0 stays .notdef). */
  program: Uint8Array;
  /** The original glyph id of each new one. */
  originals: readonly number[];
  /** Original glyph id -> new glyph id. */
  renumbered: ReadonlyMap<number, number>;
}

/** The tables a PDF reader needs from an embedded TrueType program (PDF 32000 9.9, as fontkit writes them). */
const copiedTables = ['cvt ', 'fpgm', 'prep'] as const;

const padded = (length: number) => (length + 3) & ~3;

const checksum = (bytes: Uint8Array) => {
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let sum = 0;
  const whole = bytes.byteLength & ~3;
  for (let at = 0; at < whole; at += 4) sum = (sum + data.getUint32(at)) >>> 0;
  if (whole < bytes.byteLength) {
    let last = 0;
    for (let at = whole; at < whole + 4; at++) last = (last << 8) | (bytes[at] ?? 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
};

/** The glyphs asked for, .notdef, and every part of a composite glyph, in original order. */
const closure = (font: TrueTypeFont, glyphs: Iterable<number>): number[] => {
  const kept = new Set<number>();
  const pending = [0, ...glyphs];
  for (let glyph = pending.pop(); glyph !== undefined; glyph = pending.pop()) {
    if (kept.has(glyph)) continue;
    kept.add(glyph);
    for (const part of font.components(glyph)) if (!kept.has(part.glyph)) pending.push(part.glyph);
  }
  return [...kept].sort((a, b) => a - b);
};

const buildGlyf = (font: TrueTypeFont, originals: readonly number[], renumbered: Map<number, number>) => {
  const sources = originals.map((glyph) => font.glyphData(glyph));
  const glyf = new Uint8Array(sources.reduce((size, data) => size + padded(data.byteLength), 0));
  const loca = new DataView(new ArrayBuffer((originals.length + 1) * 4));
  const out = new DataView(glyf.buffer);
  let offset = 0;
  sources.forEach((data, index) => {
    loca.setUint32(index * 4, offset);
    glyf.set(data, offset);
    for (const part of font.components(originals[index] ?? 0)) {
      out.setUint16(offset + part.at, renumbered.get(part.glyph) ?? 0);
    }
    offset += padded(data.byteLength);
  });
  loca.setUint32(originals.length * 4, offset);
  return { glyf, loca: new Uint8Array(loca.buffer) };
};

const buildHmtx = (font: TrueTypeFont, originals: readonly number[]) => {
  const hmtx = new DataView(new ArrayBuffer(originals.length * 4));
  originals.forEach((glyph, index) => {
    hmtx.setUint16(index * 4, font.advances[glyph] ?? 0);
    hmtx.setInt16(index * 4 + 2, font.leftBearings[glyph] ?? 0);
  });
  return new Uint8Array(hmtx.buffer);
};

const patched = (table: Uint8Array, patch: (data: DataView) => void) => {
  const copy = new Uint8Array(table);
  patch(new DataView(copy.buffer));
  return copy;
};

const sfnt = (tables: Map<string, Uint8Array>) => {
  const tags = [...tables.keys()].sort();
  const directorySize = 12 + tags.length * 16;
  const size = tags.reduce((total, tag) => total + padded(tables.get(tag)?.byteLength ?? 0), directorySize);
  const file = new Uint8Array(size);
  const data = new DataView(file.buffer);
  const power = 2 ** Math.floor(Math.log2(tags.length));
  data.setUint32(0, 0x00010000);
  data.setUint16(4, tags.length);
  data.setUint16(6, power * 16);
  data.setUint16(8, Math.log2(power));
  data.setUint16(10, tags.length * 16 - power * 16);
  let offset = directorySize;
  let headAt = 0;
  tags.forEach((tag, index) => {
    const table = tables.get(tag) ?? new Uint8Array();
    const record = 12 + index * 16;
    for (let char = 0; char < 4; char++) data.setUint8(record + char, tag.charCodeAt(char));
    data.setUint32(record + 4, checksum(table));
    data.setUint32(record + 8, offset);
    data.setUint32(record + 12, table.byteLength);
    file.set(table, offset);
    if (tag === 'head') headAt = offset;
    offset += padded(table.byteLength);
  });
  data.setUint32(headAt + 8, (0xb1b0afba - checksum(file)) >>> 0);
  return file;
};

/** Cuts a TrueType program down to `glyphs` (plus what composites need), as a PDF embeds it. */
export const subsetTrueType = (font: TrueTypeFont, glyphs: Iterable<number>): TrueTypeSubset => {
  const originals = closure(font, glyphs);
  const renumbered = new Map(originals.map((glyph, index) => [glyph, index]));
  const { glyf, loca } = buildGlyf(font, originals, renumbered);
  const table = (tag: string) => {
    const found = font.table(tag);
    if (!found) throw new Error(`The font has no ${tag} table`);
    return found;
  };
  const tables = new Map<string, Uint8Array>([
    ['glyf', glyf],
    ['loca', loca],
    ['hmtx', buildHmtx(font, originals)],
    [
      'head',
      patched(table('head'), (head) => {
        head.setUint32(8, 0);
        head.setInt16(50, 1);
      }),
    ],
    ['hhea', patched(table('hhea'), (hhea) => hhea.setUint16(34, originals.length))],
    ['maxp', patched(table('maxp'), (maxp) => maxp.setUint16(4, originals.length))],
  ]);
  for (const tag of copiedTables) {
    const found = font.table(tag);
    if (found) tables.set(tag, found);
  }
  return { program: sfnt(tables), originals, renumbered };
};
