import { add, type Ratio, ratio } from '../../shared/exact';
import {
  addMonths,
  type BaseFigures,
  type ForecastBucket,
  type ForecastFigures,
} from '../../shared/forecast';
import { convertExact, roundHalfUp } from '../../shared/money';

/** One row of the grouped query: open deals sharing a close month, a currency and a stage probability. */
export interface ForecastGroup {
  /** 'YYYY-MM', or null for deals without an expected close date. */
  month: string | null;
  currency: string;
  probability: number;
  dealCount: number;
  overdueCount: number;
  /** Σ value in minor units, exact. */
  value: bigint;
}

export interface ForecastTerms {
  baseCurrency: string;
  /** Deals in stages at or above this probability count toward commit. */
  commitProbability: number;
  /** Units of the base currency for one unit of each currency, as exact decimals. */
  rates: ReadonlyMap<string, string>;
  currentMonth: string;
  months: number;
}

interface Sums {
  dealCount: number;
  overdueCount: number;
  best: bigint;
  commit: bigint;
  /** Σ value × probability: hundredths of a minor unit, so nothing is rounded until the end. */
  weightedHundredths: bigint;
}

/** Sums per currency. */
type Tally = Map<string, Sums>;

const addGroup = (tally: Tally, group: ForecastGroup, commitProbability: number) => {
  const sums = tally.get(group.currency) ?? {
    dealCount: 0,
    overdueCount: 0,
    best: 0n,
    commit: 0n,
    weightedHundredths: 0n,
  };
  sums.dealCount += group.dealCount;
  sums.overdueCount += group.overdueCount;
  sums.best += group.value;
  if (group.probability >= commitProbability) sums.commit += group.value;
  sums.weightedHundredths += group.value * BigInt(group.probability);
  tally.set(group.currency, sums);
};

const safeNumber = (value: bigint): number => {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(-Number.MAX_SAFE_INTEGER)) {
    throw new Error(`A forecast figure (${value}) is too large to show exactly`);
  }
  return Number(value);
};

const weightedOf = (sums: Sums): Ratio => ratio(sums.weightedHundredths, 100n);

const converted = (tally: Tally, terms: ForecastTerms) => {
  const missingRates: string[] = [];
  let best = ratio(0n);
  let commit = ratio(0n);
  let weighted = ratio(0n);
  for (const [currency, sums] of tally) {
    const rate = currency === terms.baseCurrency ? '1' : terms.rates.get(currency);
    if (rate === undefined) {
      missingRates.push(currency);
      continue;
    }
    const toBase = (amount: Ratio) => convertExact(amount, currency, rate, terms.baseCurrency);
    best = add(best, toBase(ratio(sums.best)));
    commit = add(commit, toBase(ratio(sums.commit)));
    weighted = add(weighted, toBase(weightedOf(sums)));
  }
  const figures: BaseFigures | null =
    tally.size > 0 && missingRates.length === tally.size
      ? null
      : {
          best: safeNumber(roundHalfUp(best)),
          commit: safeNumber(roundHalfUp(commit)),
          weighted: safeNumber(roundHalfUp(weighted)),
        };
  return { figures, missingRates: missingRates.sort() };
};

const figuresOf = (tally: Tally, terms: ForecastTerms): ForecastFigures => {
  const currencies = [...tally.keys()].sort((a, b) =>
    a === terms.baseCurrency ? -1 : b === terms.baseCurrency ? 1 : a.localeCompare(b),
  );
  const { figures, missingRates } = converted(tally, terms);
  return {
    dealCount: [...tally.values()].reduce((count, sums) => count + sums.dealCount, 0),
    perCurrency: currencies.map((currency) => {
      const sums = tally.get(currency) as Sums;
      return {
        currency,
        best: safeNumber(sums.best),
        commit: safeNumber(sums.commit),
        weighted: safeNumber(roundHalfUp(weightedOf(sums))),
        dealCount: sums.dealCount,
      };
    }),
    converted: figures,
    missingRates,
  };
};

const unscheduled = 'unscheduled';
const later = 'later';

/**
 * Buckets grouped sums into the forecast: months before the current one (overdue), each month of the
 * horizon (empty ones too, so the months line up), the months after it as one "later" bucket, and deals
 * without a date as "unscheduled". Every figure, totals included, is rounded once from its exact sum, so
 * a total can differ by a minor unit from the sum of its rounded rows.
 */
export const buildForecast = (groups: readonly ForecastGroup[], terms: ForecastTerms) => {
  const horizon = Array.from({ length: terms.months }, (_, offset) => addMonths(terms.currentMonth, offset));
  const afterHorizon = addMonths(terms.currentMonth, terms.months);
  const keyOf = ({ month }: ForecastGroup) =>
    month === null || !/^\d{4}-\d{2}$/.test(month) ? unscheduled : month >= afterHorizon ? later : month;

  const tallies = new Map<string, Tally>(horizon.map((month) => [month, new Map()]));
  const totals: Tally = new Map();
  for (const group of groups) {
    const key = keyOf(group);
    const tally = tallies.get(key) ?? new Map();
    addGroup(tally, group, terms.commitProbability);
    addGroup(totals, group, terms.commitProbability);
    tallies.set(key, tally);
  }

  // Digits sort before letters, so 'later' and 'unscheduled' are never before the current month.
  const overdueMonths = [...tallies.keys()].filter((key) => key < terms.currentMonth);
  const order = [...overdueMonths.sort(), ...horizon, later, unscheduled].filter((key) => tallies.has(key));
  const buckets = order.map((key): ForecastBucket => {
    const tally = tallies.get(key) as Tally;
    const isMonth = key !== later && key !== unscheduled;
    return {
      kind: isMonth ? 'month' : key === later ? 'later' : 'unscheduled',
      month: isMonth ? key : null,
      overdue: isMonth && key < terms.currentMonth,
      overdueDealCount: [...tally.values()].reduce((count, sums) => count + sums.overdueCount, 0),
      ...figuresOf(tally, terms),
    };
  });
  return { buckets, totals: figuresOf(totals, terms) };
};
