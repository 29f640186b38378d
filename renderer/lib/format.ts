import type { Address } from '../../shared/fields';

const numbers = new Intl.NumberFormat();
const dateTimes = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export const formatNumber = (value: number) => numbers.format(value);

/** "1 contact", "12,345 contacts". */
export const formatCount = (value: number, singular: string, plural = `${singular}s`) =>
  `${numbers.format(value)} ${value === 1 ? singular : plural}`;

export const formatDateTime = (iso: string) => dateTimes.format(new Date(iso));

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
