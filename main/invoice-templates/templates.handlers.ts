import type { DomainHandlers } from '../ipc/handler-types';
import {
  archiveTemplate,
  createTemplate,
  listTemplates,
  setDefaultTemplate,
  updateTemplate,
} from './templates.service';

export const invoiceTemplateHandlers: DomainHandlers<'invoiceTemplates'> = {
  'invoiceTemplates.list': ({ archived }, ctx) => listTemplates(ctx.db, archived),
  'invoiceTemplates.create': (input, ctx) => createTemplate(ctx, input),
  'invoiceTemplates.update': (input, ctx) => updateTemplate(ctx, input),
  'invoiceTemplates.setDefault': ({ id }, ctx) => setDefaultTemplate(ctx, id),
  'invoiceTemplates.archive': (input, ctx) => archiveTemplate(ctx, input),
};
