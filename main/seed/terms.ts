import { foldForSearch } from '../search/full-text';

/** A word or name as people write it, with the ASCII form used to derive emails and domains. */
export interface Term {
  text: string;
  /** Lower-case a-z, 0-9, spaces and hyphens only. */
  ascii: string;
}

export const toAscii = (text: string): string =>
  foldForSearch(text)
    .replace(/[^a-z0-9 -]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Parses a compact list: `Müller, Łukasz, Анна=anna, 東京=tokyo`. Latin entries get their ASCII form by
 * the same folding search uses; other scripts carry an explicit romanisation after `=`.
 */
export const terms = (list: string): Term[] =>
  list
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item) => {
      const [text = '', romanised] = item.split('=');
      return { text: text.trim(), ascii: romanised === undefined ? toAscii(text) : romanised.trim() };
    });

/** `abu dhabi` -> `Abu Dhabi`, `al-hassan` -> `Al-Hassan`: how a romanised name is written. */
export const capitalise = (ascii: string) =>
  ascii.replace(/(^|[\s-])([a-z])/g, (_, gap, c) => gap + c.toUpperCase());

/** The Latin spelling of a term, for people whose names are written in Latin letters abroad. */
export const latinTerm = (term: Term): Term => ({ text: capitalise(term.ascii), ascii: term.ascii });
