import { sql } from 'kysely';

/** Letters Unicode does not decompose into base + mark, so NFKD alone would leave them unmatched. */
const undecomposable: Record<string, string> = {
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
};

/** Folds text for search so "zoe" finds "Zoë" and "lukasz" finds "Łukasz". */
export const foldForSearch = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łđðøæœßþıħŧ]/g, (letter) => undecomposable[letter] ?? letter);

/** Turns what a person typed into an FTS5 query: every word must match as a prefix. */
export const toPrefixQuery = (typed: string): string | null => {
  const words = foldForSearch(typed).match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  return words.map((word) => `"${word}"*`).join(' ');
};

type FtsTable = 'contacts_fts' | 'companies_fts';

/** Row ids whose folded text matches, for `WHERE id IN (...)` filters. */
export const matchingRowIds = (table: FtsTable, prefixQuery: string) =>
  sql<number>`(SELECT rowid FROM ${sql.table(table)} WHERE ${sql.table(table)} MATCH ${prefixQuery})`;

/** The best `limit` matches by bm25 rank; FTS5 stops early for ORDER BY rank LIMIT. */
export const rankedMatches = (table: FtsTable, prefixQuery: string, limit: number) =>
  sql<{
    id: number;
    rank: number;
  }>`(SELECT rowid AS id, rank FROM ${sql.table(table)} WHERE ${sql.table(table)} MATCH ${prefixQuery} ORDER BY rank LIMIT ${limit})`;
