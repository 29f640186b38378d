import type { Kysely } from 'kysely';
import type { z } from 'zod';
import {
  type CreditOutcome,
  type CreditPart,
  compareQuantities,
  creditNoteContent,
  lineCreditValue,
  settle,
  splitAmountCredit,
  splitLineCredit,
} from '../../shared/credit-math';
import type { creditNoteIssueInput } from '../../shared/credit-notes';
import { localIsoDate } from '../../shared/invoice-dates';
import { invoiceTotals } from '../../shared/invoice-totals';
import type { Invoice, InvoiceLine, PaymentMethod } from '../../shared/invoices';
import { formatMoney } from '../../shared/money';
import type { NamedTaxRate } from '../../shared/tax-rates';
import type { AppContext } from '../app-context';
import type { Database } from '../db/schema';
import { writeDurably } from '../db/write';
import { logInvoiceEvent } from '../invoices/audit-log';
import {
  balanceOf,
  contentFrom,
  getInvoice,
  type InvoiceRecord,
  invoiceLabel,
  loadInvoiceRecord,
  loadLines,
  loadRecipientIds,
  settledStatus,
} from '../invoices/invoice-records';
import { AppError } from '../ipc/app-error';
import { allocateNumber } from '../numbering/numbering.service';
import { loadProfile } from '../profile/profile.queries';
import { assertCreditable, creditableOf } from './creditable';

export type CreditRequest = z.output<typeof creditNoteIssueInput>;

const refuse = (field: string, message: string): never => {
  throw new AppError('invalid_input', message, { [field]: message });
};

interface Valued {
  value: bigint;
  parts: CreditPart[];
  quantities: (string | null)[];
}

/** What the request credits, checked against what is left of each line and of the invoice. */
const creditValue = async (
  db: Kysely<Database>,
  row: InvoiceRecord,
  lines: InvoiceLine[],
  rates: NamedTaxRate[],
  request: CreditRequest,
): Promise<Valued> => {
  const creditable = await creditableOf(db, row, lines);
  const money = async (minor: number) =>
    formatMoney({ minor, currency: row.currency }, (await loadProfile(db)).locale);
  const content = contentFrom(row, lines, []);
  let valued: Valued;
  if (request.lines) {
    const adding = lines.map(() => '0');
    for (const [index, wanted] of request.lines.entries()) {
      const position = lines.findIndex((line) => line.id === wanted.lineId);
      const left = creditable.lines[position];
      if (!left) return refuse(`lines.${index}.lineId`, 'Choose a line of this invoice');
      if (compareQuantities(wanted.quantity, left.remainingQuantity) > 0) {
        const message =
          compareQuantities(left.remainingQuantity, '0') > 0
            ? `Only ${left.remainingQuantity} of “${left.description}” is left to credit`
            : `“${left.description}” is already fully credited`;
        return refuse(`lines.${index}.quantity`, message);
      }
      adding[position] = wanted.quantity;
    }
    const already = creditable.lines.map((line) => line.creditedQuantity);
    const value = lineCreditValue(content, rates, already, adding);
    if (value <= 0n) return refuse('lines', 'These lines add up to nothing to credit');
    valued = {
      value,
      parts: splitLineCredit(content, rates, value, adding),
      quantities: adding.map((quantity) => (compareQuantities(quantity, '0') > 0 ? quantity : null)),
    };
  } else {
    const value = BigInt(request.amountMinor ?? 0);
    valued = { value, parts: splitAmountCredit(content, rates, value), quantities: [] };
  }
  if (valued.value > BigInt(creditable.remainingMinor)) {
    const field = request.lines ? 'lines' : 'amountMinor';
    return refuse(
      field,
      creditable.remainingMinor > 0
        ? `At most ${await money(creditable.remainingMinor)} is left to credit on ${invoiceLabel(row)}`
        : `${invoiceLabel(row)} is already fully credited`,
    );
  }
  return valued;
};

const insertCreditNote = async (
  db: Kysely<Database>,
  row: InvoiceRecord,
  lines: InvoiceLine[],
  rates: NamedTaxRate[],
  valued: Valued,
  request: CreditRequest,
  now: string,
  issueDate: string,
): Promise<{ id: number; number: string }> => {
  const content = creditNoteContent(row, valued.parts);
  const totals = invoiceTotals(content, rates);
  const { id } = await db
    .insertInto('invoices')
    .values({
      kind: 'credit_note',
      corrects_invoice_id: row.id,
      company_id: row.company_id,
      account_id: row.account_id,
      deal_id: row.deal_id,
      template_id: row.template_id,
      customer_name: row.customer_name,
      issue_date: issueDate,
      payment_terms: 'on_receipt',
      terms_days: 0,
      due_date: issueDate,
      supply_date: row.supply_date,
      currency: row.currency,
      rounding: row.rounding,
      price_mode: 'gross',
      notes: request.reason,
      footer: row.footer,
      tax_rates: row.tax_rates,
      net_minor: totals.netMinor,
      tax_minor: totals.taxMinor,
      total_minor: totals.totalMinor,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('invoice_lines')
    .values(
      valued.parts.map((part, position) => {
        const line = part.lineIndex === null ? undefined : lines[part.lineIndex];
        const quantity = part.lineIndex === null ? null : (valued.quantities[part.lineIndex] ?? null);
        return {
          invoice_id: id,
          position,
          catalog_item_id: line?.catalogItemId ?? null,
          description: line
            ? `${line.description} (${quantity}${line.unit ? ` ${line.unit}` : ''})`
            : `Credit on ${invoiceLabel(row)}`,
          quantity: '1',
          unit_price_minor: Number(part.amountMinor),
          tax_rate_id: part.taxRateId,
          net_minor: totals.lines[position]?.netMinor ?? 0,
          credits_line_id: line?.id ?? null,
          credited_quantity: quantity,
        };
      }),
    )
    .execute();
  const contactIds = await loadRecipientIds(db, row.id);
  if (contactIds.length > 0) {
    await db
      .insertInto('invoice_recipients')
      .values(contactIds.map((contact_id, position) => ({ invoice_id: id, contact_id, position })))
      .execute();
  }
  const allocated = await allocateNumber(db, 'credit_note', issueDate);
  await db
    .updateTable('invoices')
    .set({
      status: 'issued',
      series_id: allocated.seriesId,
      number: allocated.number,
      sequence_period: allocated.period,
      sequence_value: allocated.value,
      seller: row.seller,
      buyer: row.buyer,
      issued_at: now,
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
  return { id, number: allocated.number };
};

const outcomeMessage = (outcome: CreditOutcome, owed: string, paid: string) =>
  outcome === 'reduce'
    ? `Only ${owed} is still owed; refund the rest or keep it as credit`
    : `At most ${paid} was paid and can be refunded; keep the rest as credit`;

/**
 * Issues a credit note for part or all of an issued invoice inside the caller's durable transaction, and
 * settles it: off the invoice's balance first, then refunded or kept as the customer's credit.
 */
export const creditInvoice = async (
  db: Kysely<Database>,
  ctx: AppContext,
  request: CreditRequest,
): Promise<number> => {
  const now = ctx.clock().toISOString();
  const today = localIsoDate(ctx.clock());
  const row = await loadInvoiceRecord(db, request.invoiceId);
  assertCreditable(row);
  const lines = await loadLines(db, row.id);
  const rates = JSON.parse(row.tax_rates) as NamedTaxRate[];
  const valued = await creditValue(db, row, lines, rates, request);
  const settlement = settle(
    valued.value,
    { balanceMinor: BigInt(balanceOf(row)), paidMinor: BigInt(row.paid_minor) },
    request.outcome,
  );
  const { locale } = await loadProfile(db);
  const money = (minor: number) => formatMoney({ minor, currency: row.currency }, locale);
  if (settlement.keptMinor > 0n && request.outcome !== 'credit') {
    refuse('outcome', outcomeMessage(request.outcome, money(balanceOf(row)), money(row.paid_minor)));
  }
  if (settlement.keptMinor > 0n && row.account_id === null) {
    refuse('outcome', `${invoiceLabel(row)} has no account to hold credit; refund it instead`);
  }
  const note = await insertCreditNote(
    db,
    row,
    lines,
    rates,
    valued,
    request,
    now,
    request.issueDate ?? today,
  );
  const movements: { kind: 'reduce' | 'refund'; amount: bigint; method: PaymentMethod | null; on: string }[] =
    [
      { kind: 'reduce', amount: settlement.reduceMinor, method: null, on: request.issueDate ?? today },
      {
        kind: 'refund',
        amount: settlement.refundMinor,
        method: request.refund?.method ?? null,
        on: request.refund?.paidOn ?? today,
      },
    ];
  for (const movement of movements.filter((one) => one.amount > 0n)) {
    await db
      .insertInto('credit_applications')
      .values({
        credit_note_id: note.id,
        invoice_id: row.id,
        kind: movement.kind,
        amount_minor: Number(movement.amount),
        method: movement.method,
        applied_on: movement.on,
        created_at: now,
      })
      .execute();
  }
  const paid = row.paid_minor - Number(settlement.refundMinor);
  const credited = row.credited_minor + Number(settlement.reduceMinor + settlement.refundMinor);
  await db
    .updateTable('invoices')
    .set({
      paid_minor: paid,
      credited_minor: credited,
      status: settledStatus({ total_minor: row.total_minor, paid_minor: paid, credited_minor: credited }),
      updated_at: now,
    })
    .where('id', '=', row.id)
    .execute();
  const detail = {
    number: note.number,
    amountMinor: Number(valued.value),
    reducedMinor: Number(settlement.reduceMinor),
    refundedMinor: Number(settlement.refundMinor),
    keptMinor: Number(settlement.keptMinor),
    reason: request.reason,
  };
  await logInvoiceEvent(db, row.id, 'credited', detail, now);
  await logInvoiceEvent(
    db,
    note.id,
    'issued',
    { number: note.number, totalMinor: Number(valued.value), currency: row.currency },
    now,
  );
  return note.id;
};

export const issueCreditNote = (ctx: AppContext, request: CreditRequest): Promise<Invoice> =>
  writeDurably(ctx, ['invoices'], async (db) => {
    const id = await creditInvoice(db, ctx, request);
    return getInvoice(db, id, localIsoDate(ctx.clock()));
  });
