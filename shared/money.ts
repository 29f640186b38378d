import { z } from 'zod';
import { multiply, parseDecimal, type Ratio, ratio, round } from './exact';

const knownCurrencies = new Set(Intl.supportedValuesOf('currency'));

/** An ISO 4217 code the platform knows, such as EUR, JPY or BHD. */
export const currencyCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => knownCurrencies.has(code), 'Use an ISO 4217 currency code such as EUR');

/** Money is always integer minor units (cents for EUR, yen for JPY, fils for BHD). */
export const minorUnits = z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);

// Building an Intl.NumberFormat costs tens of microseconds; a PDF or a list page formats hundreds of amounts.
const exponents = new Map<string, number>();
const formatters = new Map<string, Intl.NumberFormat>();

/** Digits after the decimal point in the currency's minor unit: JPY 0, EUR 2, BHD 3 (ISO 4217). */
export const currencyExponent = (code: string): number => {
  let exponent = exponents.get(code);
  if (exponent === undefined) {
    exponent =
      new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
        .maximumFractionDigits ?? 2;
    exponents.set(code, exponent);
  }
  return exponent;
};

const currencyFormatter = (locale: string, currency: string, exponent: number) => {
  const key = `${locale}\u0000${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: exponent,
      maximumFractionDigits: exponent,
    });
    formatters.set(key, formatter);
  }
  return formatter;
};

export interface Money {
  minor: number;
  currency: string;
}

/** Minor units as the plain text an amount field starts with when editing: 123450 EUR is "1234.50". */
export const majorUnitsText = (minor: number, currency: string): string => {
  const exponent = currencyExponent(currency);
  const digits = Math.abs(minor)
    .toString()
    .padStart(exponent + 1, '0');
  const text = exponent === 0 ? digits : `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
  return minor < 0 ? `-${text}` : text;
};

/** Shows minor units in the currency's own precision, e.g. 123456 EUR as "€1,234.56". */
export const formatMoney = ({ minor, currency }: Money, locale = 'en'): string => {
  const exponent = currencyExponent(currency);
  const formatted = currencyFormatter(locale, currency, exponent).format(
    majorUnitsText(Math.abs(minor), currency) as unknown as number,
  );
  return minor < 0 ? `-${formatted}` : formatted;
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

/**
 * An exchange rate as an exact decimal: units of the base currency for one unit of another ("1.0825").
 * Kept as text so no rate ever passes through floating point.
 */
export const exchangeRate = z
  .string()
  .trim()
  .regex(/^\d{1,9}(\.\d{1,12})?$/, 'Use a rate such as 1.0825')
  .refine((rate) => /[1-9]/.test(rate), 'A rate must be more than zero');

/** Whole minor units, rounding halves away from zero (commercial rounding: 0.5 up, -0.5 down). */
export const roundHalfUp = (amount: Ratio): bigint => round(amount, 'half-up');

/**
 * Converts an amount in `from`'s minor units into `to`'s minor units at `rate` (units of `to` for one
 * unit of `from`), exactly: the result keeps every digit, for the caller to round once.
 */
export const convertExact = (amount: Ratio, from: string, rate: string, to: string): Ratio =>
  multiply(
    multiply(amount, parseDecimal(exchangeRate.parse(rate))),
    ratio(10n ** BigInt(currencyExponent(to)), 10n ** BigInt(currencyExponent(from))),
  );

/** `minor` units of `from` in minor units of `to`, rounded half-up into `to`'s precision. */
export const convertMinor = (minor: bigint, from: string, rate: string, to: string): bigint =>
  roundHalfUp(convertExact(ratio(minor), from, rate, to));
