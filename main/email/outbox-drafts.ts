import type { Kysely } from 'kysely';
import { localIsoDate } from '../../shared/invoice-dates';
import type { ParsedInput } from '../../shared/ipc/contract';
import type { OutboxMessage } from '../../shared/outbox';
import type { AppContext } from '../app-context';
import type { Database } from '../db/schema';
import { write } from '../db/write';
import { loadEstimateRecord } from '../estimates/estimate-records';
import { invoiceLabel, loadInvoiceRecord } from '../invoices/invoice-records';
import { AppError } from '../ipc/app-error';
import { createEmailDraft } from './email-drafts';
import type { EmailSource } from './merge-values';
import { getOutboxMessage, loadOutboxRecord } from './outbox-records';

type ComposeRequest = ParsedInput<'outbox.compose'>;

const sourceFrom = (input: ComposeRequest): EmailSource =>
  input.kind === 'estimate'
    ? { kind: 'estimate', estimateId: input.estimateId }
    : { kind: input.kind, invoiceId: input.invoiceId };

/** Refuses documents nobody should receive: a void invoice, a credit note without a number. */
const checkEmailable = async (db: Kysely<Database>, source: EmailSource) => {
  if (source.kind === 'estimate') {
    await loadEstimateRecord(db, source.estimateId);
    return;
  }
  const row = await loadInvoiceRecord(db, source.invoiceId);
  const label = invoiceLabel(row);
  if (source.kind === 'credit_note' && row.kind !== 'credit_note')
    throw new AppError('conflict', `${label} is an invoice, not a credit note`);
  if (source.kind === 'invoice' && row.kind !== 'invoice')
    throw new AppError('conflict', `${label} is a credit note; email it as a credit note`);
  if (row.status === 'void')
    throw new AppError('conflict', `${label} is void; a void invoice is not emailed to the customer`);
  if (row.kind === 'credit_note' && row.status === 'draft')
    throw new AppError('conflict', `${label} is a draft credit note; issue it before emailing it`);
};

const openDraftOf = (db: Kysely<Database>, source: EmailSource) => {
  const query = db
    .selectFrom('outbox_messages')
    .select('id')
    .where('kind', '=', source.kind)
    .where('status', '=', 'draft');
  return (
    source.kind === 'estimate'
      ? query.where('estimate_id', '=', source.estimateId)
      : query.where('invoice_id', '=', source.invoiceId)
  )
    .orderBy('id', 'desc')
    .executeTakeFirst();
};

/** The document's open draft email, so a second click continues it; else a new one from the template. */
export const composeEmail = async (ctx: AppContext, input: ComposeRequest): Promise<OutboxMessage> => {
  const source = sourceFrom(input);
  await checkEmailable(ctx.db, source);
  const open = await openDraftOf(ctx.db, source);
  const id =
    open?.id ??
    (await write(ctx, ['outbox'], async (trx) => {
      const again = await openDraftOf(trx, source);
      return again?.id ?? createEmailDraft(trx, source, ctx.clock(), localIsoDate(ctx.clock()));
    }));
  return getOutboxMessage(ctx.db, id, ctx.clock());
};

/** Loads a message inside a write and refuses unless it is in one of `statuses`. */
export const loadInState = async (
  db: Kysely<Database>,
  id: number,
  statuses: readonly string[],
  refusal: (status: string) => string,
) => {
  const row = await loadOutboxRecord(db, id);
  if (!statuses.includes(row.status)) throw new AppError('conflict', refusal(row.status));
  return row;
};

const alreadyLeft = (status: string) =>
  status === 'sent'
    ? 'This email is already sent and cannot change'
    : `This email is ${status}; only a draft can be edited`;

export const updateEmail = async (
  ctx: AppContext,
  { id, to, cc, subject, body }: ParsedInput<'outbox.update'>,
): Promise<OutboxMessage> => {
  await write(ctx, ['outbox'], async (trx) => {
    await loadInState(trx, id, ['draft'], alreadyLeft);
    await trx
      .updateTable('outbox_messages')
      .set({
        to_addresses: JSON.stringify(to),
        cc_addresses: JSON.stringify(cc),
        subject,
        body,
        updated_at: ctx.clock().toISOString(),
      })
      .where('id', '=', id)
      .execute();
  });
  return getOutboxMessage(ctx.db, id, ctx.clock());
};

/** Only what never left: a draft, or a cancelled message. */
export const discardEmail = (ctx: AppContext, id: number): Promise<{ id: number }> =>
  write(ctx, ['outbox'], async (trx) => {
    await loadInState(trx, id, ['draft', 'cancelled'], (status) =>
      status === 'sent'
        ? 'This email is sent; sent emails are kept'
        : `This email is ${status}; cancel it before discarding it`,
    );
    await trx.deleteFrom('outbox_messages').where('id', '=', id).execute();
    return { id };
  });
