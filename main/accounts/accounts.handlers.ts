import { localIsoDate } from '../../shared/invoice-dates';
import type { DomainHandlers } from '../ipc/handler-types';
import { accountForCompany, getAccount, listAccounts, updateAccount } from './accounts.service';

export const accountHandlers: DomainHandlers<'accounts'> = {
  'accounts.list': (input, ctx) => listAccounts(ctx.db, input),
  'accounts.get': ({ id }, ctx) => getAccount(ctx.db, id, localIsoDate(ctx.clock())),
  'accounts.forCompany': ({ companyId }, ctx) => accountForCompany(ctx.db, companyId),
  'accounts.update': ({ id, changes }, ctx) => updateAccount(ctx, id, changes),
};
