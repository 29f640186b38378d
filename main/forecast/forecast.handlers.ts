import type { DomainHandlers } from '../ipc/handler-types';
import { getForecast, getForecastSettings, saveForecastSettings } from './forecast.service';

export const forecastHandlers: DomainHandlers<'forecast'> = {
  'forecast.get': (input, ctx) => getForecast(ctx.db, input, ctx.clock()),
  'forecast.rates': (_input, ctx) => getForecastSettings(ctx.db),
  'forecast.saveRates': (input, ctx) => saveForecastSettings(ctx, input),
};
