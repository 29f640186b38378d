import { type ExpressionBuilder, sql } from 'kysely';
import { contains } from '../db/like';
import type { Database } from '../db/schema';
import { foldForSearch } from '../search/full-text';

/** invoices_fts holds trigrams, so only words of three letters or more can be looked up in it. */
const indexable = (word: string) => [...word].length >= 3;

/**
 * Invoices whose number or customer contains every typed word, folded the way search folds (Zoë, zoe
 * and ZOE are the same). Longer words are found through the trigram index; a one- or two-letter word is
 * checked row by row, among the index's matches when there are others.
 */
export const matchesSearch = (eb: ExpressionBuilder<Database, 'invoices'>, query: string) => {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  const phrases = words.filter(indexable).map((word) => `"${word.replaceAll('"', '""')}"`);
  return eb.and([
    ...(phrases.length > 0
      ? [
          eb(
            'id',
            'in',
            sql<number>`(SELECT rowid FROM invoices_fts WHERE invoices_fts MATCH ${phrases.join(' ')})`,
          ),
        ]
      : []),
    ...words
      .filter((word) => !indexable(word))
      .map((word) => eb.or([contains('number', word), contains('customer_name', word)])),
  ]);
};
