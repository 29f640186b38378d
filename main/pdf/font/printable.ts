// Most of an invoice's text; it needs no work, and layout measures it often.
const plainAscii = /^[\x20-\x7e]*$/;

/**
 * Text as it is measured and printed: composed (NFC), so "Đặng" typed with combining marks still finds the
 * font's precomposed glyphs, with tabs as spaces, and without control characters or invisible format
 * characters (bidi marks, soft hyphens), which have no glyph to print.
 */
export const printable = (text: string): string =>
  plainAscii.test(text)
    ? text
    : text
        .normalize('NFC')
        .replace(/\r\n?/g, '\n')
        .replace(/\t/g, ' ')
        // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
        .replace(/[\u0000-\u0009\u000b-\u001f\u007f]|\p{Cf}/gu, '');
