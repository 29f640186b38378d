import type { Kysely, Selectable } from 'kysely';
import type {
  Estimate,
  EstimateContent,
  EstimateEvent,
  EstimateEventKind,
  EstimateRow,
  EstimateStatus,
} from '../../shared/estimates';
import { invoiceTotals } from '../../shared/invoice-totals';
import type { InvoiceLine } from '../../shared/invoices';
import type { NamedTaxRate } from '../../shared/tax-rates';
import type { EstimatesTable } from '../db/estimates-schema';
import type { Database } from '../db/schema';
import { documentContentFrom, lineOf } from '../invoices/invoice-records';
import { notFound } from '../ipc/app-error';
import { loadTaxRates } from '../tax-rates/tax-rates.queries';

export type EstimateRecord = Selectable<EstimatesTable>;

/** Expired is worked out on every read from today's date, never stored, so it can never be stale. */
export const statusOn = (
  row: Pick<EstimateRecord, 'status' | 'valid_until'>,
  today: string,
): EstimateStatus => (row.status === 'sent' && row.valid_until < today ? 'expired' : row.status);

export const estimateRowColumns = [
  'id',
  'number',
  'status',
  'customer_name',
  'company_id',
  'issue_date',
  'valid_until',
  'currency',
  'total_minor',
  'invoice_id',
] as const;

type RowColumns = Pick<EstimateRecord, (typeof estimateRowColumns)[number]>;

export const toEstimateRow = (row: RowColumns, today: string): EstimateRow => ({
  id: row.id,
  number: row.number,
  status: statusOn(row, today),
  customerName: row.customer_name,
  companyId: row.company_id,
  issueDate: row.issue_date,
  validUntil: row.valid_until,
  currency: row.currency,
  totalMinor: row.total_minor,
  invoiceId: row.invoice_id,
});

export const loadEstimateRecord = async (db: Kysely<Database>, id: number): Promise<EstimateRecord> => {
  const row = await db.selectFrom('estimates').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Estimate', id);
  return row;
};

/** How an estimate is named in messages: its number once it has one. */
export const estimateLabel = (row: Pick<EstimateRecord, 'number' | 'id'>) =>
  row.number ?? `Draft estimate ${row.id}`;

export const loadEstimateLines = async (db: Kysely<Database>, estimateId: number): Promise<InvoiceLine[]> => {
  const rows = await db
    .selectFrom('estimate_lines')
    .selectAll()
    .where('estimate_id', '=', estimateId)
    .orderBy('position')
    .execute();
  return rows.map(lineOf);
};

export const loadEstimateRecipients = async (db: Kysely<Database>, estimateId: number): Promise<number[]> =>
  (
    await db
      .selectFrom('estimate_recipients')
      .select('contact_id')
      .where('estimate_id', '=', estimateId)
      .orderBy('position')
      .execute()
  ).map((row) => row.contact_id);

export const estimateContentFrom = (
  row: EstimateRecord,
  lines: InvoiceLine[],
  contactIds: number[],
): EstimateContent => ({ ...documentContentFrom(row, lines, contactIds), validUntil: row.valid_until });

export const storedEstimateContent = async (
  db: Kysely<Database>,
  row: EstimateRecord,
): Promise<EstimateContent> =>
  estimateContentFrom(row, await loadEstimateLines(db, row.id), await loadEstimateRecipients(db, row.id));

/** The named rates an estimate prints with: the live ones while a draft, the snapshot once sent. */
export const estimateRates = async (
  db: Kysely<Database>,
  row: Pick<EstimateRecord, 'status' | 'tax_rates'>,
  lines: readonly { taxRateId: number }[],
): Promise<NamedTaxRate[]> =>
  row.status === 'draft'
    ? loadTaxRates(
        db,
        lines.map((line) => line.taxRateId),
      )
    : (JSON.parse(row.tax_rates) as NamedTaxRate[]);

/** Appends to an estimate's history inside the caller's transaction, so the entry and the change agree. */
export const logEstimateEvent = async (
  db: Kysely<Database>,
  estimateId: number,
  kind: EstimateEventKind,
  detail: Record<string, unknown>,
  at: string,
) => {
  await db
    .insertInto('estimate_events')
    .values({ estimate_id: estimateId, kind, detail: JSON.stringify(detail), occurred_at: at })
    .execute();
};

const estimateEvents = async (db: Kysely<Database>, estimateId: number): Promise<EstimateEvent[]> => {
  const rows = await db
    .selectFrom('estimate_events')
    .selectAll()
    .where('estimate_id', '=', estimateId)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as EstimateEventKind,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
    occurredAt: row.occurred_at,
  }));
};

export const getEstimate = async (db: Kysely<Database>, id: number, today: string): Promise<Estimate> => {
  const row = await loadEstimateRecord(db, id);
  const [lines, contactIds, events] = await Promise.all([
    loadEstimateLines(db, id),
    loadEstimateRecipients(db, id),
    estimateEvents(db, id),
  ]);
  const taxRates = await estimateRates(db, row, lines);
  return {
    ...toEstimateRow(row, today),
    contactIds,
    dealId: row.deal_id,
    accountId: row.account_id,
    templateId: row.template_id,
    priceMode: row.price_mode,
    rounding: row.rounding,
    discountPercent: row.discount_percent,
    discountMinor: row.discount_minor,
    notes: row.notes,
    terms: row.terms,
    footer: row.footer,
    lines,
    taxRates,
    totals: invoiceTotals(estimateContentFrom(row, lines, contactIds), taxRates),
    sentAt: row.sent_at,
    decidedAt: row.decided_at,
    decidedBy: row.decided_by,
    events,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
};
