import { foldForSearch } from '../search/full-text';

/**
 * A cell as the person meant it: trimmed, and without the apostrophe spreadsheets and our own export put
 * before a value that would otherwise run as a formula ("'=SUM(...)", "'+1 555").
 */
export const cleanCell = (cell: string | undefined): string => {
  const value = (cell ?? '').trim();
  return value.startsWith("'") && /^'[=+\-@]/.test(value) ? value.slice(1) : value;
};

/** One cell holding several values, such as "design, vip" or "a@x.com; b@y.com". */
export const splitList = (cell: string): string[] => {
  if (cell === '') return [];
  if (!cell.includes(',') && !cell.includes(';')) return [cell];
  return cell
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
};

/** Header names and stage names compared the way people mean them: "E-mail" is "email", "Étape" is "etape". */
export const looseKey = (name: string) => foldForSearch(name).replace(/[^\p{L}\p{N}]/gu, '');

/** Company names match case-insensitively, with runs of spaces counted as one. */
export const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** "https://www.Example.com/about" is example.com: the part of a website that names the organisation. */
export const websiteDomain = (website: string): string =>
  website
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z\d+.-]*:\/\//, '')
    .replace(/^www\./, '')
    .split(/[/?#]/)[0]
    ?.replace(/:\d+$/, '')
    .replace(/\.$/, '') ?? '';

/** A whole number such as 40, 1200 or 1,200; undefined when the text is something else. */
export const wholeNumber = (text: string): number | undefined =>
  /^(\d{1,3}(,\d{3})+|\d{1,9})$/.test(text) ? Number(text.replaceAll(',', '')) : undefined;

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** English country names to ISO 3166 codes, from the platform's own region names. */
const countryCodes = new Map<string, string>();
for (const first of letters) {
  for (const second of letters) {
    const code = `${first}${second}`;
    const name = regionNames.of(code);
    // Old and reserved codes (DD, UK) name a country under its current code (DE, GB): keep only that one.
    const current = Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;
    if (current && name && name !== code) countryCodes.set(looseKey(name), code);
  }
}

/** "Germany" and "de" become DE; anything else is returned as typed for the schema to judge. */
export const countryCodeOf = (text: string): string =>
  /^[a-z]{2}$/i.test(text) ? text.toUpperCase() : (countryCodes.get(looseKey(text)) ?? text);
