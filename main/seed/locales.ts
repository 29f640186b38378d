import type { Locale } from './locale';
import { europeanLocales } from './locales-europe';
import { worldLocales } from './locales-world';

/** Where the people in a seeded workspace come from, weighted like a Europe-based consultant's clients. */
export const locales: Locale[] = [...europeanLocales, ...worldLocales];
