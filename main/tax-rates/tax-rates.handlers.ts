import type { DomainHandlers } from '../ipc/handler-types';
import {
  createTaxRate,
  listTaxRates,
  setDefaultTaxRate,
  setTaxRateArchived,
  updateTaxRate,
} from './tax-rates.service';

export const taxRateHandlers: DomainHandlers<'taxRates'> = {
  'taxRates.list': ({ archived }, ctx) => listTaxRates(ctx.db, archived),
  'taxRates.create': (input, ctx) => createTaxRate(ctx, input),
  'taxRates.update': (input, ctx) => updateTaxRate(ctx, input),
  'taxRates.setDefault': ({ id }, ctx) => setDefaultTaxRate(ctx, id),
  'taxRates.archive': ({ id, archived }, ctx) => setTaxRateArchived(ctx, id, archived),
};
