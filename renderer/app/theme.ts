import { createTheme, type MantineColorsTuple } from '@mantine/core';

/** A calm indigo, slightly desaturated so it reads as an accent rather than a brand shout. */
const lumen: MantineColorsTuple = [
  '#eef0fb',
  '#dcdff3',
  '#b5bce6',
  '#8c97d9',
  '#6977ce',
  '#5363c8',
  '#4758c6',
  '#3949af',
  '#31419d',
  '#26388b',
];

// System fonts only: the CSP forbids remote fonts and a desktop app should feel native anyway.
const systemFonts =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", system-ui, sans-serif';

export const theme = createTheme({
  primaryColor: 'lumen',
  primaryShade: 6,
  colors: { lumen },
  fontFamily: systemFonts,
  headings: { fontFamily: systemFonts, fontWeight: '600' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    Button: { defaultProps: { size: 'sm' } },
    TextInput: { defaultProps: { size: 'sm' } },
    Badge: { defaultProps: { radius: 'sm', tt: 'none', fw: 500 } },
  },
});
