import type { DocumentBranding } from '../../../shared/invoice-document';
import type { Rgb } from './marks';

/** The measures and colours a template prints with; the templates differ in layout too (headers.ts). */
export interface Style {
  template: DocumentBranding['template'];
  margin: { side: number; top: number; bottom: number };
  /** Font sizes in points. */
  size: { body: number; small: number; name: number; title: number; brand: number };
  /** Line height as a multiple of the font size. */
  leading: number;
  /** Vertical padding of a table row. */
  rowPadding: number;
  /** Space between sections. */
  gap: number;
  color: { text: Rgb; muted: Rgb; hairline: Rgb; accent: Rgb; tint: Rgb; onAccent: Rgb };
}

const defaultAccent: Rgb = [0.16, 0.35, 0.75];

/** '#rrggbb' as PDF colour components; anything else falls back to the default blue. */
export const parseColor = (hex: string): Rgb => {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return defaultAccent;
  const component = (part: string | undefined) => Number.parseInt(part ?? '0', 16) / 255;
  return [component(match[1]), component(match[2]), component(match[3])];
};

/** `share` of the colour on white. */
const mix = ([red, green, blue]: Rgb, share: number): Rgb => [
  red * share + 1 - share,
  green * share + 1 - share,
  blue * share + 1 - share,
];

const colors = (accent: Rgb) => ({
  text: [0.12, 0.14, 0.17] as Rgb,
  muted: [0.42, 0.45, 0.5] as Rgb,
  hairline: [0.85, 0.87, 0.89] as Rgb,
  accent,
  tint: mix(accent, 0.1),
  onAccent: [1, 1, 1] as Rgb,
});

export const styleFor = (branding: DocumentBranding): Style => {
  const accent = parseColor(branding.accentColor);
  if (branding.template === 'compact') {
    return {
      template: 'compact',
      margin: { side: 36, top: 34, bottom: 30 },
      size: { body: 8.5, small: 7.5, name: 9.5, title: 13, brand: 13 },
      leading: 1.3,
      rowPadding: 3.5,
      gap: 14,
      color: colors(accent),
    };
  }
  return {
    template: 'classic',
    margin: { side: 50, top: 48, bottom: 38 },
    size: { body: 9.5, small: 8, name: 11, title: 24, brand: 18 },
    leading: 1.4,
    rowPadding: 5,
    gap: 20,
    color: colors(accent),
  };
};
