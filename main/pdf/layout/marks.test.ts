import { describe, expect, it } from 'vitest';
import { invoiceFonts } from '../font/font-files';
import { createTypesetter } from './marks';

const ts = createTypesetter(invoiceFonts());

describe('typesetter', () => {
  it('measures text with the font’s own advance widths', () => {
    // DejaVu Sans: "i" is 569 and "W" 2025 units of 2048.
    expect(ts.width('iW', 'regular', 20.48)).toBeCloseTo((569 + 2025) / 100, 6);
    expect(ts.width('iW', 'bold', 10)).toBeGreaterThan(ts.width('iW', 'regular', 10));
  });

  it('wraps at spaces, breaks a word only when it alone is too wide, and loses no character', () => {
    const word = 'Donaudampfschifffahrtsgesellschaftskapitänsmützenreinigungsvertrag';
    const text = `Travel to Ærøskøbing ${word} and back\nSecond paragraph`;
    const lines = ts.wrap(text, 'regular', 9, 120);
    for (const line of lines) expect(ts.width(line, 'regular', 9)).toBeLessThanOrEqual(120);
    expect(lines[0]).toBe('Travel to Ærøskøbing');
    expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    expect(lines.filter((line) => line.includes('Donau')).length).toBe(1);
    expect(lines.at(-1)).toBe('Second paragraph');
  });

  it('composes letters typed with combining marks, so that they measure and print as one glyph', () => {
    const decomposed = 'Đa\u0323\u0306ng';
    expect(ts.wrap(decomposed, 'regular', 9, 500)).toEqual(['Đặng']);
    expect(ts.width(decomposed, 'regular', 9)).toBe(ts.width('Đặng', 'regular', 9));
  });
});
