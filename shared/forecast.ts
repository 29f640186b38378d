import { z } from 'zod';
import { recordId } from './fields';
import { type ChannelSpec, returns } from './ipc/channel';
import { currencyCode, exchangeRate } from './money';

/** The month `count` months after a 'YYYY-MM' month (a negative count goes back). */
export const addMonths = (month: string, count: number): string => {
  const [year = 0, index = 1] = month.split('-').map(Number);
  const total = year * 12 + (index - 1) + count;
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`;
};

export const forecastInput = z
  .object({
    /** The default pipeline when absent. */
    pipelineId: recordId.optional(),
    /** How many months from the current one get a row each; later deals are gathered in one bucket. */
    months: z.number().int().min(1, 'Use 1 to 36 months').max(36, 'Use 1 to 36 months').default(12),
  })
  .strict();
export type ForecastInput = z.input<typeof forecastInput>;

/**
 * Money in minor units of `currency`. Best case and commit are exact sums; weighted is
 * Σ value × probability / 100, summed exactly and rounded half-up once per figure, not per deal.
 */
export interface CurrencyFigures {
  currency: string;
  best: number;
  commit: number;
  weighted: number;
  dealCount: number;
}

/** The same figures in minor units of the base currency, each converted exactly and rounded once. */
export interface BaseFigures {
  best: number;
  commit: number;
  weighted: number;
}

export interface ForecastFigures {
  dealCount: number;
  /** Base currency first, then the others alphabetically. */
  perCurrency: CurrencyFigures[];
  /** What could be converted; null when no currency in it has a rate. */
  converted: BaseFigures | null;
  /** Currencies left out of `converted` because they have no rate. */
  missingRates: string[];
}

export type BucketKind = 'month' | 'later' | 'unscheduled';

export interface ForecastBucket extends ForecastFigures {
  kind: BucketKind;
  /** 'YYYY-MM' for a month; null for the deals after the horizon (later) and those without a date. */
  month: string | null;
  /** The whole month is before the current one: every deal in it is past its expected close date. */
  overdue: boolean;
  /** Deals whose expected close date has passed (some may sit in the current month). */
  overdueDealCount: number;
}

export interface Forecast {
  pipeline: { id: number; name: string };
  /** Every active pipeline, the default first, to choose from. */
  pipelines: { id: number; name: string }[];
  baseCurrency: string;
  commitProbability: number;
  /** 'YYYY-MM', in UTC, from the app's clock. */
  currentMonth: string;
  months: number;
  /** Overdue months, then each month of the horizon (empty ones too), then later, then unscheduled. */
  buckets: ForecastBucket[];
  totals: ForecastFigures;
}

export const rateEntry = z.object({ currency: currencyCode, rate: exchangeRate }).strict();

export const saveRatesInput = z
  .object({
    baseCurrency: currencyCode,
    commitProbability: z.number().int().min(0, 'Use 0 to 100').max(100, 'Use 0 to 100'),
    rates: z.array(rateEntry).max(200, 'Use at most 200 rates'),
  })
  .strict()
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    for (const [index, { currency }] of input.rates.entries()) {
      const path = ['rates', index, 'currency'];
      if (currency === input.baseCurrency) {
        ctx.addIssue({ code: 'custom', path, message: `${currency} is the base currency; it needs no rate` });
      } else if (seen.has(currency)) {
        ctx.addIssue({ code: 'custom', path, message: `${currency} already has a rate` });
      }
      seen.add(currency);
    }
  });
export type SaveRatesInput = z.input<typeof saveRatesInput>;

export interface ForecastSettings {
  baseCurrency: string;
  commitProbability: number;
  rates: { currency: string; rate: string; updatedAt: string }[];
  /** Currencies of open deals, so the missing rates can be asked for. */
  currenciesInUse: string[];
}

export const forecastChannels = {
  'forecast.get': {
    summary:
      'Weighted pipeline of open deals by expected close month, per currency and converted to the base currency',
    input: forecastInput,
    output: returns<Forecast>(),
  },
  'forecast.rates': {
    summary: 'The base currency, commit threshold and exchange rates the forecast uses',
    input: z.object({}).strict(),
    output: returns<ForecastSettings>(),
  },
  'forecast.saveRates': {
    summary: 'Set the base currency, commit threshold and exchange rates (replacing them all) at once',
    input: saveRatesInput,
    output: returns<ForecastSettings>(),
  },
} satisfies Record<`forecast.${string}`, ChannelSpec>;
