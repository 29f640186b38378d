import { currencyExponent } from '../../shared/money';

export type MajorUnitsResult = { ok: true; minor: number } | { ok: false; message: string };

const pointDecimal = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
const decimalsPhrase = (currency: string, exponent: number) =>
  exponent === 0 ? `${currency} has no decimals` : `${currency} has ${exponent} decimals`;

/**
 * Reads an amount in major units into exact minor units, without floating point. One format is
 * accepted: a point before the decimals and, optionally, commas between thousands ("1234.56",
 * "1,234.56"). "1.234,56" is refused. "12,000" is twelve thousand, except in a currency with three
 * decimals (BHD, KWD...), where it could as well be twelve written with a decimal comma: refused too.
 */
export const parseMajorUnits = (text: string, currency: string): MajorUnitsResult => {
  const value = text.trim();
  if (value === '') return { ok: false, message: 'Value is required' };
  if (value.startsWith('-')) return { ok: false, message: 'The value cannot be negative' };
  const match = pointDecimal.exec(value);
  if (!match) {
    return { ok: false, message: 'Use a point for decimals and commas between thousands, such as 1,234.56' };
  }
  const [, whole = '0', fraction = ''] = match;
  const exponent = currencyExponent(currency);
  if (fraction === '' && whole.split(',').length === 2 && exponent >= 3) {
    return {
      ok: false,
      message: `“${value}” is ambiguous in ${currency}; write ${whole.replace(',', '')} or ${whole}.000`,
    };
  }
  if (/[1-9]/.test(fraction.slice(exponent))) {
    return { ok: false, message: `${decimalsPhrase(currency, exponent)}; round “${value}” to match` };
  }
  const minor =
    BigInt(whole.replaceAll(',', '')) * 10n ** BigInt(exponent) +
    BigInt(fraction.slice(0, exponent).padEnd(exponent, '0') || '0');
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, message: 'The value is too large' };
  return { ok: true, minor: Number(minor) };
};

/** Minor units as the plain major-units text parseMajorUnits reads back: 123456 EUR is "1234.56". */
export const formatMajorUnits = (minor: number, currency: string): string => {
  const exponent = currencyExponent(currency);
  const digits = Math.abs(minor)
    .toString()
    .padStart(exponent + 1, '0');
  const text = exponent === 0 ? digits : `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
  return minor < 0 ? `-${text}` : text;
};
