import { formatDocumentNumber, type NumberSeries } from '../../shared/numbering';

const firstSequence = /\{SEQ(?::\d)?\}/;

/**
 * The running number behind the server's preview. Every token before and after {SEQ} prints at a fixed
 * width, so the digits sit between a prefix and a suffix whose lengths the saved pattern gives.
 */
const sequenceOf = ({ pattern, nextNumber }: NumberSeries, today: string): number => {
  const at = pattern.search(firstSequence);
  const token = pattern.match(firstSequence)?.[0] ?? '{SEQ}';
  const prefix = formatDocumentNumber(`${pattern.slice(0, at)}{SEQ}`, today, 0).length - 1;
  const suffix = formatDocumentNumber(`{SEQ}${pattern.slice(at + token.length)}`, today, 0).length - 1;
  const sequence = Number(nextNumber.slice(prefix, nextNumber.length - suffix));
  return Number.isSafeInteger(sequence) && sequence > 0 ? sequence : 1;
};

/** What the next document would be numbered with an edited pattern, on the series' current counter. */
export const previewNumber = (series: NumberSeries, pattern: string, today: string): string =>
  pattern === series.pattern
    ? series.nextNumber
    : formatDocumentNumber(pattern, today, sequenceOf(series, today));
