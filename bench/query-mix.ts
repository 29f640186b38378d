import type { Sqlite } from '../main/db/connection';
import { foldForSearch } from '../main/search/full-text';
import type { Random } from '../main/seed/random';

interface Person {
  first: string;
  last: string;
  company: string | null;
}

/** The words of a name; single letters only when there is nothing longer (a one-character 王 is a name). */
const words = (text: string) => {
  const all = text.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
  const longer = all.filter((word) => Array.from(word).length >= 2);
  return longer.length > 0 ? longer : all;
};

/** People look a company up by its distinctive word, not its legal form: the longest word it has. */
const distinctiveWord = (company: string) =>
  words(company).reduce<string | null>(
    (best, word) => (best && best.length >= word.length ? best : word),
    null,
  );

/** The first 2..6 letters of a word, as someone types it; counts letters, not UTF-16 units. */
const typedPrefixes = (word: string, from = 2, to = 6) => {
  const letters = Array.from(word);
  const longest = Math.min(to, letters.length);
  if (longest < from) return [word];
  return Array.from({ length: longest - from + 1 }, (_, i) => letters.slice(0, from + i).join(''));
};

const samplePeople = (sqlite: Sqlite, random: Random, count: number): Person[] => {
  const maxId = sqlite.prepare('SELECT max(id) FROM contacts').pluck().get() as number;
  const byId = sqlite.prepare(
    `SELECT c.first_name AS first, c.last_name AS last, co.name AS company
     FROM contacts c LEFT JOIN companies co ON co.id = c.company_id WHERE c.id = ?`,
  );
  return Array.from({ length: count }, () => byId.get(random.int(1, maxId)) as Person);
};

/**
 * What people type into search boxes, made from real seeded names so queries hit real rows: each
 * session is one word typed letter by letter (2 to 6 letters) - a first name, a surname, a company's name -
 * or a whole first name followed by the start of the surname. Half the sessions are typed without
 * diacritics, half as the name is written (lower-cased, as people type).
 */
export const typedQueries = (sqlite: Sqlite, random: Random, sessions: number): string[] => {
  const queries: string[] = [];
  for (const person of samplePeople(sqlite, random, sessions)) {
    const folded = random.chance(0.5);
    const asTyped = (text: string) => (folded ? foldForSearch(text) : text.toLowerCase());
    const companyWord = distinctiveWord(person.company ?? '');
    const first = random.pick(words(person.first));
    const lastWords = words(person.last);
    const last = lastWords.length > 0 ? random.pick(lastWords) : first;
    const kind = random.next();
    if (kind < 0.3) queries.push(...typedPrefixes(asTyped(first)));
    else if (kind < 0.6) queries.push(...typedPrefixes(asTyped(last)));
    else if (kind < 0.75 && companyWord) {
      queries.push(...typedPrefixes(asTyped(companyWord)));
    } else {
      const typedFirst = asTyped(first);
      queries.push(...typedPrefixes(asTyped(last), 2, 4).map((prefix) => `${typedFirst} ${prefix}`));
    }
  }
  return queries;
};
