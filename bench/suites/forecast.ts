import type { Suite } from '../context';
import { recordLatency } from '../figures';
import { call, timeEach } from '../timing';

const forecastGoalMs = 50;
const warmUp = 10;
const measured = 200;

/** Rates for the seeded currencies but JPY, which stays without one so the "no rate" path is measured too. */
const rates = [
  { currency: 'USD', rate: '0.9237' },
  { currency: 'GBP', rate: '1.1694' },
  { currency: 'CHF', rate: '1.0412' },
  { currency: 'SEK', rate: '0.0874' },
];

/** The forecast page over the seeded deals: open deals of the default pipeline by month, converted. */
export const forecastSuite: Suite = {
  name: 'forecast',
  run: async (ctx) => {
    await call(ctx.app, 'forecast.saveRates', { baseCurrency: 'EUR', commitProbability: 75, rates });
    const inputs = Array.from({ length: warmUp + measured }, (_, i) => ({ months: i % 2 === 0 ? 12 : 24 }));
    const samples = await timeEach(inputs, (input) => call(ctx.app, 'forecast.get', input), warmUp);
    recordLatency(ctx.figures, 'forecast.get', samples, {
      goal: forecastGoalMs,
      note: (count) => `forecast.get, ${count} calls over ${ctx.seeded.deals} seeded deals in 6 currencies`,
    });
  },
};
