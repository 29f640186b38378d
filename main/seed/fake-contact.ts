import type { ContactFields } from '../../shared/contacts';
import type { FakeCompany } from './fake-company';
import { cityOnly, emptyAddressFor, fullAddress, someNotes, someTags } from './fake-parts';
import type { Locale } from './locale';
import type { Random } from './random';
import { latinTerm, type Term } from './terms';
import { contactNotes, contactTags, jobTitles } from './vocabulary';

interface PersonName {
  first: Term;
  last: Term;
}

const personName = (random: Random, locale: Locale): PersonName => {
  const female = random.chance(0.5);
  const index = random.int(0, locale.last.length - 1);
  const surnames = female && locale.lastFemale ? locale.lastFemale : locale.last;
  let last = surnames[index] as Term;
  if (locale.doubleSurname && random.chance(locale.doubleSurname)) {
    const second = random.pick(locale.last);
    last = { text: `${last.text} ${second.text}`, ascii: `${last.ascii} ${second.ascii}` };
  }
  const first = random.pick(female ? locale.female : locale.male);
  const romanised = locale.latinShare < 1 && random.chance(locale.latinShare);
  return romanised ? { first: latinTerm(first), last: latinTerm(last) } : { first, last };
};

/** The local part of an address, in one of the shapes people's mailboxes really take. */
const mailbox = (random: Random, { first, last }: PersonName) => {
  const f = first.ascii.replace(/ /g, '') || 'hello';
  const l = last.ascii.replace(/ /g, '');
  if (!l) return f;
  const shape = random.next();
  if (shape < 0.5) return `${f}.${l}`;
  if (shape < 0.7) return `${f[0]}.${l}`;
  if (shape < 0.8) return f;
  if (shape < 0.9) return `${f[0]}${l}`;
  return `${l}.${f}`;
};

const privateEmail = (random: Random, locale: Locale, name: PersonName) =>
  `${mailbox(random, name)}${random.chance(0.3) ? random.int(1, 99) : ''}@${random.pick(locale.mailProviders)}`;

const emailsFor = (random: Random, locale: Locale, name: PersonName, company: FakeCompany | null) => {
  const emails: string[] = [];
  if (company && random.chance(0.9)) emails.push(`${mailbox(random, name)}@${company.domain}`);
  if (emails.length === 0 ? random.chance(0.85) : random.chance(0.15)) {
    emails.push(privateEmail(random, locale, name));
  }
  return emails;
};

const phonesFor = (random: Random, locale: Locale, company: FakeCompany | null) => {
  if (!random.chance(0.75)) return [];
  const phones = [random.pattern(random.pick(locale.phones))];
  if (random.chance(0.15)) phones.push(random.pattern(random.pick((company?.locale ?? locale).phones)));
  return phones;
};

/**
 * A person, from the company's country most of the time. The caller sets `companyId`, since only it
 * knows the ids the companies were stored under.
 */
export const fakeContact = (
  random: Random,
  pickLocale: (random: Random) => Locale,
  company: FakeCompany | null,
): ContactFields => {
  const locale = company && random.chance(0.75) ? company.locale : pickLocale(random);
  const name = personName(random, locale);
  const city =
    company?.address.city && random.chance(0.7)
      ? { text: company.address.city, ascii: '' }
      : random.pick(locale.cities);
  const where = random.next();
  const introducer = `${random.pick(locale.male).text} ${random.pick(locale.last).text}`;
  const addressLocale = company && city.text === company.address.city ? company.locale : locale;
  return {
    firstName: name.first.text,
    lastName: name.last.text,
    title: random.chance(0.88) ? random.pick(jobTitles) : '',
    companyId: null,
    emails: emailsFor(random, locale, name, company),
    phones: phonesFor(random, locale, company),
    tags: random.chance(0.55) ? someTags(random, contactTags, 3) : [],
    notes: random.chance(0.3) ? someNotes(random, contactNotes, { city: city.text, name: introducer }) : '',
    address:
      where < 0.15
        ? fullAddress(random, addressLocale, city)
        : where < 0.65
          ? cityOnly(addressLocale, city)
          : emptyAddressFor(),
  };
};
