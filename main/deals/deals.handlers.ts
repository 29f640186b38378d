import type { DomainHandlers } from '../ipc/handler-types';
import { dealBoard, listDeals } from './deal-lists';
import { closeDeal, moveDeal, reopenDeal } from './deal-transitions';
import { createDeal, dealHistory, getDeal, setDealArchived, updateDeal } from './deals.service';

export const dealHandlers: DomainHandlers<'deals'> = {
  'deals.list': (input, ctx) => listDeals(ctx.db, input),
  'deals.board': (input, ctx) => dealBoard(ctx.db, input),
  'deals.get': ({ id }, ctx) => getDeal(ctx.db, id),
  'deals.create': (input, ctx) => createDeal(ctx, input),
  'deals.update': (input, ctx) => updateDeal(ctx, input),
  'deals.move': (input, ctx) => moveDeal(ctx, input),
  'deals.win': ({ id, reason }, ctx) => closeDeal(ctx, id, 'won', reason),
  'deals.lose': ({ id, reason }, ctx) => closeDeal(ctx, id, 'lost', reason),
  'deals.reopen': ({ id, stageId }, ctx) => reopenDeal(ctx, id, stageId),
  'deals.archive': ({ id }, ctx) => setDealArchived(ctx, id, true),
  'deals.restore': ({ id }, ctx) => setDealArchived(ctx, id, false),
  'deals.history': ({ id }, ctx) => dealHistory(ctx.db, id),
};
