/** Exact rational arithmetic for money: amounts, rates and quantities never pass through a float. */
export type RoundingMode = 'half-up' | 'half-even';

/** An exact fraction `n / d` (d > 0). Money is integer minor units; rates and quantities bring the denominator. */
export interface Ratio {
  n: bigint;
  d: bigint;
}

const abs = (value: bigint) => (value < 0n ? -value : value);

const gcd = (a: bigint, b: bigint): bigint => {
  let [x, y] = [abs(a), abs(b)];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

export const ratio = (n: bigint, d = 1n): Ratio => {
  if (d === 0n) throw new RangeError('Division by zero');
  const sign = d < 0n ? -1n : 1n;
  const divisor = gcd(n, d) || 1n;
  return { n: (sign * n) / divisor, d: (sign * d) / divisor };
};

export const ZERO = ratio(0n);
export const ONE = ratio(1n);
export const add = (a: Ratio, b: Ratio): Ratio => ratio(a.n * b.d + b.n * a.d, a.d * b.d);
export const subtract = (a: Ratio, b: Ratio): Ratio => ratio(a.n * b.d - b.n * a.d, a.d * b.d);
export const multiply = (a: Ratio, b: Ratio): Ratio => ratio(a.n * b.n, a.d * b.d);
export const divide = (a: Ratio, b: Ratio): Ratio => ratio(a.n * b.d, a.d * b.n);

export const floorDiv = (n: bigint, d: bigint): bigint => {
  const quotient = n / d;
  return n % d !== 0n && n < 0n !== d < 0n ? quotient - 1n : quotient;
};

/** Whole units; half-up sends halves away from zero (commercial), half-even to the even neighbour (banker's). */
export const round = ({ n, d }: Ratio, mode: RoundingMode): bigint => {
  const floor = floorDiv(n, d);
  const twice = 2n * (n - floor * d);
  if (twice !== d) return twice < d ? floor : floor + 1n;
  if (mode === 'half-even') return floor % 2n === 0n ? floor : floor + 1n;
  return n < 0n ? floor : floor + 1n;
};

/** Reads "-1.5" or "9.975" into an exact fraction, digit by digit, never through a float. */
export const parseDecimal = (text: string): Ratio => {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new RangeError(`Not a decimal number: ${text}`);
  const fraction = match[3] ?? '';
  const units = BigInt(`${match[2]}${fraction}`);
  return ratio(match[1] ? -units : units, 10n ** BigInt(fraction.length));
};

/**
 * Splits `total` into integer parts pro rata to `weights` that sum to `total` exactly (largest remainder;
 * ties go to the earlier part, so the split is deterministic). Weights may be negative; their sum may not be 0.
 */
export const allocate = (total: bigint, weights: readonly bigint[]): bigint[] => {
  const sum = weights.reduce((acc, weight) => acc + weight, 0n);
  if (sum === 0n) {
    if (total === 0n) return weights.map(() => 0n);
    throw new RangeError('Cannot spread an amount over parts that sum to zero');
  }
  const sign = sum < 0n ? -1n : 1n;
  const whole = sum * sign;
  const numerators = weights.map((weight) => total * weight * sign);
  const parts = numerators.map((numerator) => floorDiv(numerator, whole));
  const remainders = numerators.map((numerator, index) => numerator - (parts[index] ?? 0n) * whole);
  let left = total - parts.reduce((acc, part) => acc + part, 0n);
  const order = remainders
    .map((remainder, index) => ({ remainder, index }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of order) {
    if (left <= 0n) break;
    parts[index] = (parts[index] ?? 0n) + 1n;
    left -= 1n;
  }
  return parts;
};
