import type { Kysely } from 'kysely';
import type { EmailKind, EmailRecipient, MergeValues } from '../../shared/email';
import { formatMoney } from '../../shared/money';
import type { Database } from '../db/schema';
import { loadEstimateRecipients } from '../estimates/estimate-records';
import { balanceOf, daysOverdue, loadInvoiceRecord, loadRecipientIds } from '../invoices/invoice-records';
import { notFound } from '../ipc/app-error';
import { formatDate } from '../pdf/invoice-words';
import { loadProfile } from '../profile/profile.queries';

/** What an email is written about: an invoice (its own email, a credit note's, a reminder) or an estimate. */
export type EmailSource =
  | { kind: Exclude<EmailKind, 'estimate'>; invoiceId: number }
  | { kind: 'estimate'; estimateId: number };

interface Party {
  values: MergeValues;
  to: EmailRecipient[];
}

/** The document's contacts, first one first: they are greeted and written to. */
const partyOf = async (
  db: Kysely<Database>,
  contactIds: number[],
  companyId: number | null,
  customerName: string,
): Promise<Party> => {
  const contacts = await Promise.all(
    contactIds.map((id) =>
      db
        .selectFrom('contacts')
        .select(['first_name', 'last_name', 'emails'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow(),
    ),
  );
  const company =
    companyId === null
      ? undefined
      : await db
          .selectFrom('companies')
          .select(['name', 'email'])
          .where('id', '=', companyId)
          .executeTakeFirst();
  const to = contacts.flatMap((contact) => {
    const [address] = JSON.parse(contact.emails) as string[];
    const name = `${contact.first_name} ${contact.last_name}`.trim();
    return address ? [{ name, address }] : [];
  });
  if (to.length === 0 && company?.email) to.push({ name: company.name, address: company.email });
  const [first] = contacts;
  return {
    to,
    values: {
      'client.first_name': first?.first_name ?? '',
      'client.last_name': first?.last_name ?? '',
      'client.name': first ? `${first.first_name} ${first.last_name}`.trim() : customerName,
      'company.name': company?.name ?? customerName,
    },
  };
};

const recipientIds = (db: Kysely<Database>, source: EmailSource) =>
  source.kind === 'estimate'
    ? loadEstimateRecipients(db, source.estimateId)
    : loadRecipientIds(db, source.invoiceId);

export interface MergeContext {
  values: MergeValues;
  to: EmailRecipient[];
  accountId: number | null;
}

/**
 * A draft has no number yet: its field is left out, so `{{invoice.number}}` stays in the text and is filled
 * when sending issues the document, rather than going out blank.
 */
const numberField = <K extends 'invoice.number' | 'estimate.number'>(field: K, number: string | null) =>
  number === null ? {} : ({ [field]: number } as Record<K, string>);

/**
 * Every merge field's value for one document, formatted in the seller's locale, plus who it goes to.
 * Public links stay empty until the sync endpoint publishes documents.
 */
export const mergeContextFor = async (
  db: Kysely<Database>,
  source: EmailSource,
  today: string,
): Promise<MergeContext> => {
  const profile = await loadProfile(db);
  const { locale } = profile;
  const money = (minor: number, currency: string) => formatMoney({ minor, currency }, locale);
  const date = (iso: string | null) => (iso ? formatDate(iso, locale) : '');
  const seller: MergeValues = { 'seller.name': profile.legalName, 'seller.email': profile.email };
  if (source.kind === 'estimate') {
    const row = await db
      .selectFrom('estimates')
      .selectAll()
      .where('id', '=', source.estimateId)
      .executeTakeFirst();
    if (!row) throw notFound('Estimate', source.estimateId);
    const party = await partyOf(db, await recipientIds(db, source), row.company_id, row.customer_name);
    return {
      to: party.to,
      accountId: row.account_id,
      values: {
        ...party.values,
        ...numberField('estimate.number', row.number),
        'estimate.total': money(row.total_minor, row.currency),
        'estimate.issue_date': date(row.issue_date),
        'estimate.valid_until': date(row.valid_until),
        'estimate.public_url': '',
        ...seller,
      },
    };
  }
  const row = await loadInvoiceRecord(db, source.invoiceId);
  const party = await partyOf(db, await recipientIds(db, source), row.company_id, row.customer_name);
  if (row.kind === 'credit_note') {
    const corrected =
      row.corrects_invoice_id === null ? null : await loadInvoiceRecord(db, row.corrects_invoice_id);
    return {
      to: party.to,
      accountId: row.account_id,
      values: {
        ...party.values,
        'credit_note.number': row.number ?? '',
        'credit_note.total': money(row.total_minor, row.currency),
        'credit_note.issue_date': date(row.issue_date),
        'invoice.number': corrected?.number ?? '',
        ...seller,
      },
    };
  }
  return {
    to: party.to,
    accountId: row.account_id,
    values: {
      ...party.values,
      ...numberField('invoice.number', row.number),
      'invoice.total': money(row.total_minor, row.currency),
      'invoice.balance': money(balanceOf(row), row.currency),
      'invoice.issue_date': date(row.issue_date),
      'invoice.due_date': date(row.due_date),
      'invoice.days_overdue': String(daysOverdue(row, today)),
      'invoice.public_url': '',
      ...seller,
    },
  };
};
