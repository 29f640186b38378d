import type { Kysely } from 'kysely';
import type { InvoiceEvent, InvoiceEventKind } from '../../shared/invoices';
import type { Database } from '../db/schema';

/** Appends to an invoice's audit log inside the caller's transaction, so the entry and the change agree. */
export const logInvoiceEvent = async (
  db: Kysely<Database>,
  invoiceId: number,
  kind: InvoiceEventKind,
  detail: Record<string, unknown>,
  at: string,
) => {
  await db
    .insertInto('invoice_events')
    .values({ invoice_id: invoiceId, kind, detail: JSON.stringify(detail), occurred_at: at })
    .execute();
};

export const invoiceEvents = async (db: Kysely<Database>, invoiceId: number): Promise<InvoiceEvent[]> => {
  const rows = await db
    .selectFrom('invoice_events')
    .selectAll()
    .where('invoice_id', '=', invoiceId)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as InvoiceEventKind,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
    occurredAt: row.occurred_at,
  }));
};
