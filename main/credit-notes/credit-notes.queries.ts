import { type Kysely, sql } from 'kysely';
import type { CreditNoteSummary } from '../../shared/credit-notes';
import type { Money } from '../../shared/money';
import type { Database } from '../db/schema';

const amountOf = (kind: 'reduce' | 'refund' | 'apply') =>
  sql<number>`coalesce((SELECT sum(amount_minor) FROM credit_applications
    WHERE credit_note_id = notes.id AND kind = ${kind}), 0)`;

/** Credit notes with where their money went, the oldest first; what no application took is still held. */
export const creditNotes = (db: Kysely<Database>) =>
  db
    .selectFrom('invoices as notes')
    .innerJoin('invoices as corrected', 'corrected.id', 'notes.corrects_invoice_id')
    .where('notes.kind', '=', 'credit_note')
    .where('notes.status', '<>', 'draft')
    .select([
      'notes.id',
      'notes.number',
      'notes.issue_date',
      'notes.currency',
      'notes.account_id',
      'notes.total_minor',
      'notes.notes',
      'notes.corrects_invoice_id',
      'corrected.number as corrects_number',
      amountOf('reduce').as('reduced'),
      amountOf('refund').as('refunded'),
      amountOf('apply').as('applied'),
    ])
    .orderBy('notes.issue_date')
    .orderBy('notes.id');

type NoteRow = Awaited<ReturnType<ReturnType<typeof creditNotes>['execute']>>[number];

export const toSummary = (row: NoteRow): CreditNoteSummary => ({
  id: row.id,
  number: row.number ?? '',
  issueDate: row.issue_date,
  currency: row.currency,
  totalMinor: row.total_minor,
  reason: row.notes,
  correctsInvoiceId: row.corrects_invoice_id ?? 0,
  correctsNumber: row.corrects_number ?? '',
  reducedMinor: Number(row.reduced),
  refundedMinor: Number(row.refunded),
  appliedMinor: Number(row.applied),
  availableMinor: row.total_minor - Number(row.reduced) - Number(row.refunded) - Number(row.applied),
});

export const listCreditNotes = async (
  db: Kysely<Database>,
  filter: { invoiceId?: number; accountId?: number },
): Promise<CreditNoteSummary[]> => {
  const rows = await creditNotes(db)
    .$if(filter.invoiceId !== undefined, (qb) =>
      qb.where('notes.corrects_invoice_id', '=', filter.invoiceId as number),
    )
    .$if(filter.accountId !== undefined, (qb) =>
      qb.where('notes.account_id', '=', filter.accountId as number),
    )
    .execute();
  return rows.map(toSummary).reverse();
};

/** The credit notes of an account that still hold credit in a currency, oldest first. */
export const notesWithCredit = async (db: Kysely<Database>, accountId: number, currency?: string) =>
  (
    await creditNotes(db)
      .where('notes.account_id', '=', accountId)
      .$if(currency !== undefined, (qb) => qb.where('notes.currency', '=', currency as string))
      .execute()
  )
    .map(toSummary)
    .filter((note) => note.availableMinor > 0);

export const availableCredit = async (
  db: Kysely<Database>,
  accountId: number,
  currency?: string,
): Promise<Money[]> => {
  const byCurrency = new Map<string, number>();
  for (const note of await notesWithCredit(db, accountId, currency))
    byCurrency.set(note.currency, (byCurrency.get(note.currency) ?? 0) + note.availableMinor);
  return [...byCurrency]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, minor]) => ({ minor, currency: code }));
};
