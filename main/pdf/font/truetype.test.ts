import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { findFontFolder, fontFiles } from './font-files';
import { readCmapSubtable, readTrueType } from './truetype';
import { subsetTrueType } from './truetype-subset';

const weights = ['regular', 'bold'] as const;
const fileOf = (weight: (typeof weights)[number]) => readFileSync(join(findFontFolder(), fontFiles[weight]));

describe('readTrueType', () => {
  it.each(weights)(
    'finds the same glyph and width as fontkit for every character of DejaVu Sans %s',
    (weight) => {
      const file = fileOf(weight);
      const ours = readTrueType(file);
      const theirs = fontkit.create(file);
      expect(ours.unitsPerEm).toBe(theirs.unitsPerEm);
      expect(ours.numGlyphs).toBe(theirs.numGlyphs);
      for (const codePoint of theirs.characterSet) {
        const glyph = theirs.glyphForCodePoint(codePoint);
        expect([codePoint, ours.glyphFor(codePoint), ours.advances[glyph.id]]).toEqual([
          codePoint,
          glyph.id,
          glyph.advanceWidth,
        ]);
      }
    },
  );

  it('reads the BMP cmap (format 4) as fonts without a full-range one have it', () => {
    const cmap = fontkit.create(fileOf('regular'));
    const font = readTrueType(fileOf('regular'));
    const bmp = readCmapSubtable(font.table('cmap') ?? new Uint8Array(), 3, 1);
    expect(bmp?.size).toBeGreaterThan(5000);
    for (const codePoint of cmap.characterSet.filter((code) => code <= 0xffff)) {
      expect([codePoint, bmp?.get(codePoint)]).toEqual([codePoint, font.glyphFor(codePoint)]);
    }
  });

  it('answers .notdef for characters the font does not have', () => {
    expect(readTrueType(fileOf('regular')).glyphFor('漢'.codePointAt(0) ?? 0)).toBe(0);
  });
});

describe('subsetTrueType', () => {
  it('keeps the chosen glyphs, renumbered, with their parts, outlines and widths', () => {
    const file = fileOf('regular');
    const font = readTrueType(file);
    // Letters DejaVu builds from parts (composite glyphs) and plain ones.
    const chosen = [...'Zoë Łukasz-Müller Ærøskøbing Đặng Иван Γιώργος 0-9 €'].map((char) =>
      font.glyphFor(char.codePointAt(0) ?? 0),
    );
    expect(chosen.some((glyph) => font.components(glyph).length > 0)).toBe(true);

    const subset = subsetTrueType(font, chosen);
    const original = fontkit.create(file);
    const cut = fontkit.create(Buffer.from(subset.program));
    expect(cut.numGlyphs).toBe(subset.originals.length);
    expect(subset.originals[0]).toBe(0);
    expect(subset.originals.length).toBeLessThan(font.numGlyphs / 20);
    subset.originals.forEach((glyph, index) => {
      expect(subset.renumbered.get(glyph)).toBe(index);
      const before = original.getGlyph(glyph);
      const after = cut.getGlyph(index);
      expect([glyph, after.advanceWidth, after.path.toSVG()]).toEqual([
        glyph,
        before.advanceWidth,
        before.path.toSVG(),
      ]);
    });
  });
});
