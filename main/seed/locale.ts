import { type Term, terms } from './terms';

/** Everything needed to make up people and companies from one country. */
export interface Locale {
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Relative share of people and companies from this country. */
  weight: number;
  /** Share of people written in Latin letters although their script is another (common abroad). */
  latinShare: number;
  female: Term[];
  male: Term[];
  last: Term[];
  /** Female surname forms, index-aligned with `last` (Kowalski -> Kowalska), where the language has them. */
  lastFemale?: Term[];
  /** Chance of a second surname, as in Spain. */
  doubleSurname?: number;
  cities: Term[];
  streets: string[];
  /** How a street line reads: `{street} {number}` or `{number} {street}`. */
  streetLine: string;
  /** `#` a digit, `@` a letter; empty where the country has no postal codes. */
  postalCode: string;
  phones: string[];
  /** Top-level domain for company websites. */
  tld: string;
  /** Personal mail providers people use there. */
  mailProviders: string[];
  /** VAT / tax id pattern. */
  taxId: string;
  legalForms: string[];
  /** Legal forms as written in Latin letters, for companies of a non-Latin locale named in English. */
  latinLegalForms?: string[];
  /** Company name templates over {last} {last2} {city} {brand} {word} {form}. */
  companyNames: string[];
  brands: Term[];
  /** Business words in the local language; English ones are used where absent. */
  words?: Term[];
}

export const latinCompanyNames = [
  '{last} {form}',
  '{last} & {last2} {form}',
  '{city} {word} {form}',
  '{brand} {word} {form}',
  '{brand} {form}',
  '{brand} {word}',
];

export const englishWords = terms(
  'Consulting, Design, Analytics, Logistics, Software, Studio, Partners, Solutions, Media, Engineering, Labs, Systems, Digital, Group, Ventures, Advisory, Architects, Foods, Energy, Health, Capital, Robotics, Translations, Interiors, Legal, Marketing, Data, Cloud',
);

export const globalBrands = terms(
  'Northwind, Bluebird, Apex, Meridian, Juniper, Cobalt, Lighthouse, Evergreen, Silverline, Quantum, Polaris, Harbor, Aurora, Vertex, Summit, Nimbus, Atlas, Orbit, Keystone, Pinewood, Riverstone, Brightwave, Ironbark, Greenfield',
);
