import type { Kysely } from 'kysely';
import { dueDateFor } from '../../shared/invoice-dates';
import type { InvoiceTotals } from '../../shared/invoice-math';
import { invoiceTotals, type PricedContent } from '../../shared/invoice-totals';
import type { DraftContent } from '../../shared/invoices';
import type { NamedTaxRate } from '../../shared/tax-rates';
import type { Database } from '../db/schema';
import { AppError } from '../ipc/app-error';
import { loadTaxRates } from '../tax-rates/tax-rates.queries';

type Fields = Record<string, string>;

type TableWithId =
  | 'companies'
  | 'contacts'
  | 'deals'
  | 'accounts'
  | 'invoice_templates'
  | 'catalog_items'
  | 'tax_rates';

const existingIds = async (db: Kysely<Database>, table: TableWithId, ids: (number | null)[]) => {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  if (wanted.length === 0) return new Set<number>();
  const rows = await db.selectFrom(table).select('id').where('id', 'in', wanted).execute();
  return new Set(rows.map((row) => row.id));
};

const refuseFields = (fields: Fields): never => {
  const [first] = Object.entries(fields);
  throw new AppError('invalid_input', `Check ${first?.[0]}: ${first?.[1]}`, fields);
};

/** What a draft and an estimate both point at. */
type References = Pick<
  DraftContent,
  | 'companyId'
  | 'contactIds'
  | 'dealId'
  | 'accountId'
  | 'templateId'
  | 'lines'
  | 'discountPercent'
  | 'discountMinor'
>;

/** Every record a draft points at must exist; each missing one is named by its field, e.g. lines.2.taxRateId. */
const checkReferences = async (db: Kysely<Database>, content: References) => {
  const fields: Fields = {};
  const check = async (table: TableWithId, entries: [field: string, id: number | null][], what: string) => {
    const found = await existingIds(
      db,
      table,
      entries.map(([, id]) => id),
    );
    for (const [field, id] of entries)
      if (id !== null && !found.has(id)) fields[field] ??= `Choose an existing ${what}`;
  };
  await check('companies', [['companyId', content.companyId]], 'company');
  await check(
    'contacts',
    content.contactIds.map((id, index) => [`contactIds.${index}`, id]),
    'contact',
  );
  await check('deals', [['dealId', content.dealId]], 'deal');
  await check('accounts', [['accountId', content.accountId]], 'account');
  await check('invoice_templates', [['templateId', content.templateId]], 'template');
  await check(
    'catalog_items',
    content.lines.map((line, index) => [`lines.${index}.catalogItemId`, line.catalogItemId]),
    'catalog item',
  );
  await check(
    'tax_rates',
    content.lines.map((line, index) => [`lines.${index}.taxRateId`, line.taxRateId]),
    'tax rate',
  );
  if (content.discountPercent !== null && content.discountMinor !== null) {
    fields.discountMinor = 'Use a percentage or an amount, not both';
  }
  if (new Set(content.contactIds).size !== content.contactIds.length) {
    fields.contactIds = 'Each recipient once';
  }
  if (Object.keys(fields).length > 0) refuseFields(fields);
};

/** The account and company always agree: either one fills in the other. */
const withAccount = async <Content extends Pick<DraftContent, 'accountId' | 'companyId'>>(
  db: Kysely<Database>,
  content: Content,
): Promise<Content> => {
  if (content.accountId !== null) {
    const account = await db
      .selectFrom('accounts')
      .select('company_id')
      .where('id', '=', content.accountId)
      .executeTakeFirstOrThrow();
    if (content.companyId === null) return { ...content, companyId: account.company_id };
    if (account.company_id !== content.companyId) {
      refuseFields({ accountId: 'This account belongs to another company' });
    }
    return content;
  }
  if (content.companyId === null) return content;
  const account = await db
    .selectFrom('accounts')
    .select('id')
    .where('company_id', '=', content.companyId)
    .executeTakeFirst();
  return { ...content, accountId: account?.id ?? null };
};

/** The one calculation, with a refusal pointing at the line (or the invoice discount) it cannot take. */
const totalsOf = (content: PricedContent, rates: readonly NamedTaxRate[]): InvoiceTotals => {
  try {
    return invoiceTotals(content, rates);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const alone = (index: number) => {
      const line = content.lines[index];
      if (!line) return false;
      try {
        invoiceTotals({ ...content, discountPercent: null, discountMinor: null, lines: [line] }, rates);
        return false;
      } catch {
        return true;
      }
    };
    const index = content.lines.findIndex((_line, position) => alone(position));
    const line = content.lines[index];
    const field = line
      ? `lines.${index}.${line.discountMinor !== null ? 'discountMinor' : 'unitPriceMinor'}`
      : content.discountMinor !== null
        ? 'discountMinor'
        : 'lines';
    return refuseFields({ [field]: error.message });
  }
};

/** What an invoice draft and an estimate both hold, whatever their own dates and terms. */
type DocumentContent = References &
  PricedContent &
  Pick<DraftContent, 'issueDate' | 'notes' | 'terms' | 'footer' | 'lines'>;

/**
 * Checks a document's content and works out what it stores, the same for an invoice draft and an
 * estimate: line nets and totals from the one calculation, a snapshot of the named rates its lines use,
 * the customer's name as the company has it now, and its lines and recipients in order.
 */
export const prepareDocument = async <Content extends DocumentContent>(
  db: Kysely<Database>,
  given: Content,
  now: string,
) => {
  await checkReferences(db, given);
  const content = await withAccount(db, given);
  const rates = await loadTaxRates(
    db,
    content.lines.map((line) => line.taxRateId),
  );
  const totals = totalsOf(content, rates);
  const company =
    content.companyId === null
      ? undefined
      : await db
          .selectFrom('companies')
          .select('name')
          .where('id', '=', content.companyId)
          .executeTakeFirst();
  return {
    content,
    totals,
    columns: {
      company_id: content.companyId,
      account_id: content.accountId,
      deal_id: content.dealId,
      template_id: content.templateId,
      customer_name: company?.name ?? '',
      issue_date: content.issueDate,
      currency: content.currency,
      rounding: content.rounding,
      price_mode: content.priceMode,
      discount_percent: content.discountPercent,
      discount_minor: content.discountMinor,
      notes: content.notes,
      terms: content.terms,
      footer: content.footer,
      tax_rates: JSON.stringify(rates),
      net_minor: totals.netMinor,
      tax_minor: totals.taxMinor,
      total_minor: totals.totalMinor,
      updated_at: now,
    },
    lines: content.lines.map((line, position) => ({
      position,
      catalog_item_id: line.catalogItemId,
      description: line.description,
      quantity: line.quantity,
      unit: line.unit,
      unit_price_minor: line.unitPriceMinor,
      discount_percent: line.discountPercent,
      discount_minor: line.discountMinor,
      tax_rate_id: line.taxRateId,
      net_minor: totals.lines[position]?.netMinor ?? 0,
    })),
    recipients: content.contactIds.map((contactId, position) => ({ contact_id: contactId, position })),
  };
};

export interface SavedDraft {
  id: number;
  totals: InvoiceTotals;
}

/**
 * Checks and writes a draft's whole content in the caller's transaction, with the due date from its
 * terms. `id` null inserts a new draft.
 */
export const saveDraft = async (
  db: Kysely<Database>,
  id: number | null,
  given: DraftContent,
  now: string,
): Promise<SavedDraft> => {
  const { content, totals, columns, lines, recipients } = await prepareDocument(db, given, now);
  const values = {
    ...columns,
    payment_terms: content.paymentTerms,
    terms_days: content.termsDays,
    due_date: dueDateFor(content.issueDate, content.paymentTerms, content.termsDays),
    supply_date: content.supplyDate,
  };
  let invoiceId = id;
  if (invoiceId === null) {
    const inserted = await db
      .insertInto('invoices')
      .values({ ...values, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    invoiceId = inserted.id;
  } else {
    await db.updateTable('invoices').set(values).where('id', '=', invoiceId).execute();
  }
  const owner = { invoice_id: invoiceId };
  await db.deleteFrom('invoice_lines').where('invoice_id', '=', invoiceId).execute();
  await db.deleteFrom('invoice_recipients').where('invoice_id', '=', invoiceId).execute();
  if (lines.length > 0) {
    await db
      .insertInto('invoice_lines')
      .values(lines.map((line) => ({ ...line, ...owner })))
      .execute();
  }
  if (recipients.length > 0) {
    await db
      .insertInto('invoice_recipients')
      .values(recipients.map((recipient) => ({ ...recipient, ...owner })))
      .execute();
  }
  return { id: invoiceId, totals };
};
