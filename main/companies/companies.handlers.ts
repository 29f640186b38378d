import { setArchived } from '../db/write';
import type { DomainHandlers } from '../ipc/handler-types';
import { createCompany, getCompany, listCompanies, updateCompany } from './companies.service';

export const companyHandlers: DomainHandlers<'companies'> = {
  'companies.list': (input, ctx) => listCompanies(ctx.db, input),
  'companies.get': ({ id }, ctx) => getCompany(ctx.db, id),
  'companies.create': (input, ctx) => createCompany(ctx, input),
  'companies.update': (input, ctx) => updateCompany(ctx, input),
  'companies.archive': ({ id }, ctx) => setArchived(ctx, 'companies', id, true, getCompany),
  'companies.restore': ({ id }, ctx) => setArchived(ctx, 'companies', id, false, getCompany),
};
