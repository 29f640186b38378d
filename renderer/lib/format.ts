import type { Address } from '../../shared/fields';

const numbers = new Intl.NumberFormat();
const dateTimes = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const calendarDates = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

export const formatNumber = (value: number) => numbers.format(value);

/** "1 contact", "12,345 contacts". */
export const formatCount = (value: number, singular: string, plural = `${singular}s`) =>
  `${numbers.format(value)} ${value === 1 ? singular : plural}`;

export const formatDateTime = (iso: string) => dateTimes.format(new Date(iso));

/** A yyyy-mm-dd date as the reader writes dates; read as UTC so no time zone moves it a day. */
export const formatCalendarDate = (iso: string) => calendarDates.format(new Date(`${iso}T00:00:00Z`));

/** Today on this computer's calendar, as yyyy-mm-dd (Swedish dates happen to be ISO dates). */
export const todayIso = () => new Date().toLocaleDateString('sv');

/** Address lines in the order most postal services read them; empty parts are left out. */
export const addressLines = (address: Address) =>
  [
    address.line1,
    address.line2,
    [address.postalCode, address.city].filter(Boolean).join(' '),
    [address.region, address.country].filter(Boolean).join(', '),
  ].filter(Boolean);

/** A website as typed ("example.com") turned into something a link can open. */
export const websiteHref = (website: string) =>
  /^https?:\/\//i.test(website) ? website : `https://${website}`;
