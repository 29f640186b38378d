import { localIsoDate } from '../../shared/invoice-dates';
import type { DomainHandlers } from '../ipc/handler-types';
import { listSeries, updateSeries } from './numbering.service';

export const numberingHandlers: DomainHandlers<'numbering'> = {
  'numbering.list': (_input, ctx) => listSeries(ctx.db, localIsoDate(ctx.clock())),
  'numbering.update': ({ id, changes }, ctx) => updateSeries(ctx, id, changes),
};
