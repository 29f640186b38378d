import type { CompanyFields } from '../../shared/companies';
import { cityOnly, emptyAddressFor, fullAddress, someNotes, someTags } from './fake-parts';
import { englishWords, globalBrands, type Locale, latinCompanyNames } from './locale';
import type { Random } from './random';
import { latinTerm, type Term } from './terms';
import { companyMailboxes, companyNotes, companyTags, industries } from './vocabulary';

export interface FakeCompany extends CompanyFields {
  locale: Locale;
  /** Where its people's work addresses live. */
  domain: string;
}

interface CompanyName {
  name: string;
  /** The ASCII words of the name, for the domain. */
  words: string[];
}

const pickOther = (random: Random, items: readonly Term[], not: Term) => {
  for (let tries = 0; tries < 4; tries++) {
    const item = random.pick(items);
    if (item !== not) return item;
  }
  return not;
};

/**
 * Names a company from the locale's templates. Companies from non-Latin locales are sometimes named in
 * English with a Latin legal form, as those trading abroad often are.
 */
const companyName = (random: Random, locale: Locale, city: Term): CompanyName => {
  const romanised = locale.latinShare < 1 && random.chance(locale.latinShare);
  const latinScript = locale.latinShare === 1;
  const term = (value: Term) => (romanised ? latinTerm(value) : value);
  const template = random.pick(romanised ? latinCompanyNames : locale.companyNames);
  const last = random.pick(locale.last);
  const parts: Record<string, () => Term> = {
    last: () => term(last),
    last2: () => term(pickOther(random, locale.last, last)),
    city: () => term(city),
    brand: () =>
      latinScript && random.chance(0.4) ? random.pick(globalBrands) : term(random.pick(locale.brands)),
    word: () =>
      romanised || !locale.words || (latinScript && random.chance(0.5))
        ? random.pick(englishWords)
        : random.pick(locale.words),
  };
  const forms = romanised ? (locale.latinLegalForms ?? locale.legalForms) : locale.legalForms;
  const words: string[] = [];
  const name = template.replace(/\{(\w+)\}/g, (_, key: string) => {
    if (key === 'form') return random.pick(forms);
    const value = parts[key]?.() ?? { text: '', ascii: '' };
    words.push(value.ascii);
    return value.text;
  });
  return { name, words };
};

const slugOf = (words: string[]) =>
  words
    .join('-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** Namesakes get the city into their domain, as they do in life, and a number only after that. */
const uniqueDomain = (words: string[], city: Term, tld: string, taken: Set<string>) => {
  const slug = slugOf(words.slice(0, 3)) || 'company';
  const candidates = [slug, slugOf([slug, city.ascii])];
  let domain = candidates.map((name) => `${name}.${tld}`).find((name) => !taken.has(name));
  for (let n = 2; domain === undefined; n++) {
    if (!taken.has(`${slug}${n}.${tld}`)) domain = `${slug}${n}.${tld}`;
  }
  taken.add(domain);
  return domain;
};

const employeeCount = (random: Random): number | null => {
  const bucket = random.next();
  if (bucket < 0.12) return null;
  if (bucket < 0.5) return random.int(1, 10);
  if (bucket < 0.76) return random.int(11, 50);
  if (bucket < 0.9) return random.int(51, 250);
  if (bucket < 0.97) return random.int(251, 1000);
  return random.int(1001, 50_000);
};

export const fakeCompany = (random: Random, locale: Locale, takenDomains: Set<string>): FakeCompany => {
  const city = random.pick(locale.cities);
  const { name, words } = companyName(random, locale, city);
  const domain = uniqueDomain(words, city, locale.tld, takenDomains);
  const where = random.next();
  const someone = `${random.pick(locale.female).text} ${random.pick(locale.last).text}`;
  return {
    locale,
    domain,
    name,
    website: random.chance(0.85)
      ? random.pick([`https://www.${domain}`, `https://${domain}`, `www.${domain}`])
      : '',
    email: random.chance(0.55) ? `${random.pick(companyMailboxes)}@${domain}` : '',
    phone: random.chance(0.85) ? random.pattern(random.pick(locale.phones)) : '',
    taxId: locale.taxId && random.chance(0.7) ? random.pattern(locale.taxId) : '',
    industry: random.chance(0.92) ? random.pick(industries) : '',
    employeeCount: employeeCount(random),
    tags: random.chance(0.7) ? someTags(random, companyTags, 2) : [],
    notes: random.chance(0.35) ? someNotes(random, companyNotes, { city: city.text, name: someone }) : '',
    address:
      where < 0.85
        ? fullAddress(random, locale, city)
        : where < 0.95
          ? cityOnly(locale, city)
          : emptyAddressFor(),
  };
};
