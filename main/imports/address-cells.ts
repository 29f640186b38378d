import type { Address } from '../../shared/fields';
import { countryCodeOf } from './cell-values';
import type { MappedRow } from './mapped-row';

export const addressOf = (row: MappedRow): Address => ({
  line1: row.one('line1'),
  line2: row.one('line2'),
  postalCode: row.one('postalCode'),
  city: row.one('city'),
  region: row.one('region'),
  country: countryCodeOf(row.one('country')),
});

/** Merging takes an address whole or not at all: a street from one source and a city from another is wrong. */
export const mergeAddress = (current: Address, incoming: Address): Address =>
  Object.values(current).every((part) => part === '') ? incoming : current;
