import { localIsoDate } from '../../shared/invoice-dates';
import type { AppContext } from '../app-context';
import type { DomainHandlers } from '../ipc/handler-types';
import { escalateInvoice } from './escalation';
import { createDraft, createFromAccount, createFromDeal, deleteDraft, updateDraft } from './invoice-drafts';
import { issueInvoice, voidInvoice } from './invoice-issue';
import { invoiceSummary, listInvoices } from './invoice-list';
import { deletePayment, recordPayment } from './invoice-payments';
import { getInvoice } from './invoice-records';
import { cancelExport, exportPdf, exportPdfs } from './pdf-export';
import { printableInvoice } from './printable';

const today = (ctx: AppContext) => localIsoDate(ctx.clock());

export const invoiceHandlers: DomainHandlers<'invoices'> = {
  'invoices.list': (input, ctx) => listInvoices(ctx.db, input, today(ctx)),
  'invoices.summary': (_input, ctx) => invoiceSummary(ctx.db, today(ctx)),
  'invoices.get': ({ id }, ctx) => getInvoice(ctx.db, id, today(ctx)),
  'invoices.create': (input, ctx) => createDraft(ctx, input),
  'invoices.createFromDeal': ({ dealId }, ctx) => createFromDeal(ctx, dealId),
  'invoices.createFromAccount': ({ accountId }, ctx) => createFromAccount(ctx, accountId),
  'invoices.update': ({ id, changes }, ctx) => updateDraft(ctx, id, changes),
  'invoices.delete': ({ id }, ctx) => deleteDraft(ctx, id),
  'invoices.issue': ({ id }, ctx) => issueInvoice(ctx, id),
  'invoices.void': (input, ctx) => voidInvoice(ctx, input),
  'invoices.recordPayment': (input, ctx) => recordPayment(ctx, input),
  'invoices.deletePayment': ({ paymentId, reason }, ctx) => deletePayment(ctx, paymentId, reason),
  // JSON has no bytes: the logo would cross as a huge array of numbers. The UI shows profile.get's logo.
  'invoices.document': async ({ id }, ctx) => {
    const doc = await printableInvoice(ctx.db, id);
    return { ...doc, branding: { ...doc.branding, logo: null } };
  },
  'invoices.exportPdf': ({ id }, ctx) => exportPdf(ctx, id),
  'invoices.exportPdfs': (input, ctx) => exportPdfs(ctx, input),
  'invoices.cancelExport': ({ jobId }) => cancelExport(jobId),
  'invoices.escalate': ({ id }, ctx) => escalateInvoice(ctx, id),
};
