const tokens = /\{YYYY\}|\{YY\}|\{SEQ(?::(\d))?\}/g;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface ParsedNumber {
  /** The four-digit year the number carries, or null when its pattern has no year. */
  year: string | null;
  sequence: number;
}

/**
 * Reads numbers back with a pattern: which year and running number would `formatDocumentNumber` have
 * needed to print this exact text? Mirrors it: every {YYYY} and {YY} is the year, only the first {SEQ}
 * is replaced, and {SEQ:n} pads to n digits but never adds a leading zero beyond them.
 */
export const numberReader = (pattern: string): ((number: string) => ParsedNumber | null) => {
  const parts: { kind: 'year4' | 'year2' | 'sequence' }[] = [];
  let source = '';
  let last = 0;
  let sequenceSeen = false;
  for (const match of pattern.matchAll(tokens)) {
    source += escapeRegExp(pattern.slice(last, match.index));
    last = match.index + match[0].length;
    if (match[0] === '{YYYY}') {
      parts.push({ kind: 'year4' });
      source += '(\\d{4})';
    } else if (match[0] === '{YY}') {
      parts.push({ kind: 'year2' });
      source += '(\\d{2})';
    } else if (sequenceSeen) {
      source += escapeRegExp(match[0]);
    } else {
      sequenceSeen = true;
      const width = Number(match[1] ?? 1);
      parts.push({ kind: 'sequence' });
      source += `(\\d{${width}}|[1-9]\\d{${width},})`;
    }
  }
  const matcher = new RegExp(`^${source}${escapeRegExp(pattern.slice(last))}$`);
  return (number) => {
    const found = matcher.exec(number);
    if (!found) return null;
    let year: string | null = null;
    let sequence = 0;
    parts.forEach((part, index) => {
      const text = found[index + 1] ?? '';
      if (part.kind === 'sequence') sequence = Number(text);
      else year ??= part.kind === 'year4' ? text : `20${text}`;
    });
    return { year, sequence };
  };
};

export const hasYear = (pattern: string) => /\{YYYY\}|\{YY\}/.test(pattern);
