import { z } from 'zod';

const knownCurrencies = new Set(Intl.supportedValuesOf('currency'));

/** An ISO 4217 code the platform knows, such as EUR, JPY or BHD. */
export const currencyCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => knownCurrencies.has(code), 'Use an ISO 4217 currency code such as EUR');

/** Money is always integer minor units (cents for EUR, yen for JPY, fils for BHD). */
export const minorUnits = z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);

/** Digits after the decimal point in the currency's minor unit: JPY 0, EUR 2, BHD 3 (ISO 4217). */
export const currencyExponent = (code: string): number =>
  new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
    .maximumFractionDigits ?? 2;

export interface Money {
  minor: number;
  currency: string;
}

/** Shows minor units in the currency's own precision, e.g. 123456 EUR as "€1,234.56". */
export const formatMoney = ({ minor, currency }: Money, locale = 'en'): string => {
  const exponent = currencyExponent(currency);
  const negative = minor < 0;
  const digits = Math.abs(minor)
    .toString()
    .padStart(exponent + 1, '0');
  const decimal = exponent === 0 ? digits : `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
  const formatted = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  }).format(decimal as unknown as number);
  return negative ? `-${formatted}` : formatted;
};

/** A calendar date as yyyy-mm-dd. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date such as 2026-12-31')
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
      new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    'Not a real date',
  );
