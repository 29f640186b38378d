import { type Address, emptyAddress } from '../../shared/fields';

type AddressColumns = {
  address_line1: string;
  address_line2: string;
  city: string;
  postal_code: string;
  region: string;
  country: string;
};

export const addressToColumns = (address: Address): AddressColumns => ({
  address_line1: address.line1,
  address_line2: address.line2,
  city: address.city,
  postal_code: address.postalCode,
  region: address.region,
  country: address.country,
});

export const addressFromColumns = (row: AddressColumns): Address => ({
  ...emptyAddress,
  line1: row.address_line1,
  line2: row.address_line2,
  city: row.city,
  postalCode: row.postal_code,
  region: row.region,
  country: row.country,
});

export const parseStringList = (json: string): string[] => {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
};
