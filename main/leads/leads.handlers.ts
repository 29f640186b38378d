import type { DomainHandlers } from '../ipc/handler-types';
import { createLead, disqualifyLead, getLead, listLeads, setLeadArchived, updateLead } from './leads.service';
import { qualifyLead } from './qualify-lead';

export const leadHandlers: DomainHandlers<'leads'> = {
  'leads.list': (input, ctx) => listLeads(ctx.db, input),
  'leads.get': ({ id }, ctx) => getLead(ctx.db, id),
  'leads.create': (input, ctx) => createLead(ctx, input),
  'leads.update': ({ id, changes }, ctx) => updateLead(ctx, id, changes),
  'leads.qualify': (input, ctx) => qualifyLead(ctx, input),
  'leads.disqualify': ({ id, reason }, ctx) => disqualifyLead(ctx, id, reason),
  'leads.archive': ({ id }, ctx) => setLeadArchived(ctx, id, true),
  'leads.restore': ({ id }, ctx) => setLeadArchived(ctx, id, false),
};
