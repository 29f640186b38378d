import { sql } from 'kysely';
import { foldForSearch } from '../search/full-text';

/**
 * `column` contains `text`, folded the way search folds (SQLite's LIKE only ignores ASCII case), with
 * the user's % and _ taken literally.
 */
export const contains = (column: string, text: string) =>
  sql<boolean>`lb_fold(${sql.ref(column)}) LIKE ${`%${foldForSearch(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`} ESCAPE '\\'`;
