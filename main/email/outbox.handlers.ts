import type { DomainHandlers } from '../ipc/handler-types';
import { listEmailTemplates, updateEmailTemplate } from './email-templates';
import { composeEmail, discardEmail, updateEmail } from './outbox-drafts';
import { exportEml } from './outbox-eml';
import { getOutboxMessage, listOutbox } from './outbox-records';
import { cancelEmail, retryEmail, sendEmail, sendEmails } from './outbox-send';

export const outboxHandlers: DomainHandlers<'outbox'> = {
  'outbox.compose': (input, ctx) => composeEmail(ctx, input),
  'outbox.get': ({ id }, ctx) => getOutboxMessage(ctx.db, id, ctx.clock()),
  'outbox.update': (input, ctx) => updateEmail(ctx, input),
  'outbox.discard': ({ id }, ctx) => discardEmail(ctx, id),
  'outbox.send': ({ id }, ctx) => sendEmail(ctx, id),
  'outbox.sendMany': ({ ids }, ctx) => sendEmails(ctx, ids),
  'outbox.exportEml': ({ id }, ctx) => exportEml(ctx, id),
  'outbox.list': ({ status }, ctx) => listOutbox(ctx.db, status),
  'outbox.retry': ({ id }, ctx) => retryEmail(ctx, id),
  'outbox.cancel': ({ id }, ctx) => cancelEmail(ctx, id),
};

export const emailTemplateHandlers: DomainHandlers<'emailTemplates'> = {
  'emailTemplates.list': (_input, ctx) => listEmailTemplates(ctx.db),
  'emailTemplates.update': (input, ctx) => updateEmailTemplate(ctx, input),
};
