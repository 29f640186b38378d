import type { Address } from '../../shared/fields';
import type { Locale } from './locale';
import type { Random } from './random';
import type { Term } from './terms';
import { events, months, services } from './vocabulary';

export interface Stamps {
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

export const dayMs = 24 * 60 * 60 * 1000;
export const seedHistoryMs = 730 * dayMs;

export const isoAt = (ms: number) => new Date(ms).toISOString();
export const isoDay = (ms: number) => isoAt(ms).slice(0, 10);

/**
 * When the index-th of `count` records was created: spread evenly over the last two years with jitter,
 * in order, so ids rise with creation time as they do in a workspace that grew by hand.
 */
export const createdAtMs = (random: Random, nowMs: number, index: number, count: number) =>
  Math.floor(nowMs - seedHistoryMs + ((index + random.next()) / count) * seedHistoryMs);

/** Most records were never edited; archiving also touches updated_at, as the app does. */
export const stampsFrom = (
  random: Random,
  createdMs: number,
  nowMs: number,
  archivedShare: number,
): Stamps => {
  const updatedMs = random.chance(0.45)
    ? createdMs + Math.floor(random.next() * (nowMs - createdMs))
    : createdMs;
  const archivedMs = random.chance(archivedShare)
    ? updatedMs + Math.floor(random.next() * (nowMs - updatedMs))
    : null;
  return {
    created_at: new Date(createdMs).toISOString(),
    updated_at: new Date(archivedMs ?? updatedMs).toISOString(),
    archived_at: archivedMs === null ? null : new Date(archivedMs).toISOString(),
  };
};

export const emptyAddressFor = (): Address => ({
  line1: '',
  line2: '',
  city: '',
  postalCode: '',
  region: '',
  country: '',
});

export const cityOnly = (locale: Locale, city: Term): Address => ({
  ...emptyAddressFor(),
  city: city.text,
  country: locale.country,
});

export const fullAddress = (random: Random, locale: Locale, city: Term): Address => ({
  ...cityOnly(locale, city),
  line1: locale.streetLine
    .replace('{street}', random.pick(locale.streets))
    .replace('{number}', String(random.int(1, 180))),
  postalCode: random.pattern(locale.postalCode),
});

/** A few tags, without repeats. */
export const someTags = (random: Random, pool: readonly string[], max: number): string[] => {
  const count = random.int(0, max);
  const tags = new Set<string>();
  for (let i = 0; i < count; i++) tags.add(random.pick(pool));
  return [...tags];
};

/** One of the templates with its blanks filled in. */
export const fillTemplate = (
  random: Random,
  templates: readonly string[],
  fill: { city: string; name: string },
) =>
  random
    .pick(templates)
    .replace('{event}', random.pick(events))
    .replace('{service}', random.pick(services))
    .replace('{month}', random.pick(months))
    .replace('{city}', fill.city)
    .replace('{name}', fill.name);

/** One to three sentences from the templates, with their blanks filled in. */
export const someNotes = (
  random: Random,
  templates: readonly string[],
  fill: { city: string; name: string },
) => {
  const sentences = new Set<string>();
  const count = random.int(1, 3);
  for (let i = 0; i < count; i++) sentences.add(fillTemplate(random, templates, fill));
  return [...sentences].join(' ');
};
