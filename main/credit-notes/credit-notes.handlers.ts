import { loadInvoiceRecord, loadLines } from '../invoices/invoice-records';
import type { DomainHandlers } from '../ipc/handler-types';
import { applyCredit } from './apply-credit';
import { issueCreditNote } from './credit-note-issue';
import { availableCredit, listCreditNotes } from './credit-notes.queries';
import { assertCreditable, creditableOf } from './creditable';

export const creditNoteHandlers: DomainHandlers<'creditNotes'> = {
  'creditNotes.issue': (input, ctx) => issueCreditNote(ctx, input),
  'creditNotes.list': (input, ctx) => listCreditNotes(ctx.db, input),
  'creditNotes.creditable': async ({ invoiceId }, ctx) => {
    const row = await loadInvoiceRecord(ctx.db, invoiceId);
    assertCreditable(row);
    return creditableOf(ctx.db, row, await loadLines(ctx.db, invoiceId));
  },
  'creditNotes.availableCredit': ({ accountId, currency }, ctx) =>
    availableCredit(ctx.db, accountId, currency),
  'creditNotes.applyCredit': ({ invoiceId, amountMinor }, ctx) => applyCredit(ctx, invoiceId, amountMinor),
};
