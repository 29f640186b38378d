import { currencyExponent } from './money';

export type ParsedAmount = { ok: true; minor: number } | { ok: false; message: string };

const groupSeparators = /[\s'’_\u00a0\u202f]/g;

/**
 * Which mark separates the decimals: the last of '.' and ',' when both appear ("1.234,56", "1,234.56");
 * a lone comma only when it cannot be a thousands group ("12,5" is 12.5, "1,250" is 1250).
 */
const decimalMark = (text: string, exponent: number): '.' | ',' | null => {
  const dot = text.lastIndexOf('.');
  const comma = text.lastIndexOf(',');
  if (dot >= 0 && comma >= 0) return dot > comma ? '.' : ',';
  if (dot >= 0) return '.';
  if (comma < 0 || text.indexOf(',') !== comma) return null;
  const after = text.length - comma - 1;
  return after >= 1 && after <= exponent && after !== 3 ? ',' : null;
};

/**
 * Reads an amount typed in major units ("1,234.50") as exact integer minor units of `currency`, without
 * ever holding it in a float: the digits are joined as text and converted with BigInt.
 */
export const parseMajorUnits = (typed: string, currency: string): ParsedAmount => {
  const exponent = currencyExponent(currency);
  const text = typed.replace(groupSeparators, '');
  if (text === '') return { ok: false, message: 'Enter an amount' };
  if (text.startsWith('-')) return { ok: false, message: 'The amount cannot be negative' };
  const loneComma = /^\d{1,3},\d{3}$/.test(text);
  if (loneComma && exponent === 3) {
    // In a three-decimal currency "1,234" may be 1234 with a thousands comma or 1.234 with a decimal one.
    return {
      ok: false,
      message: `“${text}” is ambiguous in ${currency}; write ${text.replace(',', '')} or ${text.replace(',', '.')}`,
    };
  }
  const mark = decimalMark(text, exponent);
  const [whole = '', fraction = '', ...rest] = mark ? text.split(mark) : [text];
  const wholeDigits = mark === ',' ? whole.replaceAll('.', '') : whole.replaceAll(',', '');
  if (
    rest.length > 0 ||
    !/^\d*$/.test(wholeDigits) ||
    !/^\d*$/.test(fraction) ||
    wholeDigits + fraction === ''
  )
    return { ok: false, message: 'Enter an amount such as 1,250.00' };
  // Zeros past the currency's precision change nothing ("1234.00" yen), so only digits that would round count.
  if (/[1-9]/.test(fraction.slice(exponent)))
    return {
      ok: false,
      message:
        exponent === 0
          ? `${currency} has no decimal places`
          : `${currency} has ${exponent} decimal place${exponent === 1 ? '' : 's'}`,
    };
  const minor =
    BigInt(wholeDigits || '0') * 10n ** BigInt(exponent) +
    BigInt(fraction.slice(0, exponent).padEnd(exponent, '0') || '0');
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, message: 'That amount is too large' };
  return { ok: true, minor: Number(minor) };
};
