import type { DomainHandlers } from '../ipc/handler-types';
import { exportCsv } from './exports.service';

export const exportHandlers: DomainHandlers<'exports'> = {
  'exports.csv': (input, ctx) => exportCsv(ctx, input),
};
