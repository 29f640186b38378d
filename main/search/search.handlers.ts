import type { DomainHandlers } from '../ipc/handler-types';
import { searchEverything } from './search.service';

export const searchHandlers: DomainHandlers<'search'> = {
  'search.global': (input, ctx) => searchEverything(ctx.db, input),
};
