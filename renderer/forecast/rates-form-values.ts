import type { ForecastSettings, SaveRatesInput } from '../../shared/forecast';

export interface RateValues {
  /** Keeps a row's identity while rows are added and removed; never sent. */
  key: string;
  currency: string;
  rate: string;
}

export interface RatesFormValues extends Record<string, unknown> {
  baseCurrency: string;
  commitProbability: number | string;
  rates: RateValues[];
}

let keys = 0;

export const rateRow = (currency = '', rate = ''): RateValues => ({ key: `rate-${++keys}`, currency, rate });

export const ratesFormValues = (settings: ForecastSettings): RatesFormValues => ({
  baseCurrency: settings.baseCurrency,
  commitProbability: settings.commitProbability,
  rates: settings.rates.map(({ currency, rate }) => rateRow(currency, rate)),
});

/** Currencies open deals use that have no rate in the form (the base currency needs none). */
export const currenciesWithoutRate = (values: RatesFormValues, inUse: readonly string[]) =>
  inUse.filter(
    (currency) => currency !== values.baseCurrency && !values.rates.some((row) => row.currency === currency),
  );

/** "1,0825" as typed with a decimal comma; a rate never has thousands separators worth keeping. */
const decimalPoint = (rate: string) => (rate.includes('.') ? rate : rate.replace(',', '.'));

/** An emptied threshold box is sent as missing, so the server's "Required" shows beside it. */
export const prepareRates = (values: RatesFormValues): SaveRatesInput => ({
  baseCurrency: values.baseCurrency,
  commitProbability: (values.commitProbability === ''
    ? undefined
    : Number(values.commitProbability)) as number,
  rates: values.rates.map(({ currency, rate }) => ({ currency, rate: decimalPoint(rate.trim()) })),
});
