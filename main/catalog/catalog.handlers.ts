import type { DomainHandlers } from '../ipc/handler-types';
import { loadCatalogItem } from './catalog.queries';
import {
  createCatalogItem,
  listCatalogItems,
  setCatalogItemArchived,
  updateCatalogItem,
} from './catalog.service';

export const catalogHandlers: DomainHandlers<'catalog'> = {
  'catalog.list': (input, ctx) => listCatalogItems(ctx.db, input),
  'catalog.get': ({ id }, ctx) => loadCatalogItem(ctx.db, id),
  'catalog.create': (input, ctx) => createCatalogItem(ctx, input),
  'catalog.update': (input, ctx) => updateCatalogItem(ctx, input),
  'catalog.archive': ({ id, archived }, ctx) => setCatalogItemArchived(ctx, id, archived),
};
