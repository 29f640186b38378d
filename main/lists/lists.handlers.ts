import type { DomainHandlers } from '../ipc/handler-types';
import {
  addMembers,
  createList,
  getList,
  listLists,
  listMembers,
  removeMembers,
  setListArchived,
  updateList,
} from './lists.service';

export const listHandlers: DomainHandlers<'lists'> = {
  'lists.list': (input, ctx) => listLists(ctx.db, input),
  'lists.get': ({ id }, ctx) => getList(ctx.db, id),
  'lists.create': (input, ctx) => createList(ctx, input),
  'lists.update': (input, ctx) => updateList(ctx, input),
  'lists.archive': ({ id }, ctx) => setListArchived(ctx, id, true),
  'lists.restore': ({ id }, ctx) => setListArchived(ctx, id, false),
  'lists.members': (input, ctx) => listMembers(ctx.db, input),
  'lists.addMembers': (input, ctx) => addMembers(ctx, input),
  'lists.removeMembers': (input, ctx) => removeMembers(ctx, input),
};
