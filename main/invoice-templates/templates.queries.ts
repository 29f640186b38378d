import type { Kysely, Selectable } from 'kysely';
import type { InvoiceTemplate } from '../../shared/invoice-templates';
import type { InvoiceTemplatesTable } from '../db/invoicing-schema';
import type { Database } from '../db/schema';
import { notFound } from '../ipc/app-error';

export const toTemplate = (row: Selectable<InvoiceTemplatesTable>): InvoiceTemplate => ({
  id: row.id,
  name: row.name,
  layout: row.layout,
  paper: row.paper,
  accentColor: row.accent_color,
  header: row.header,
  notes: row.notes,
  terms: row.terms,
  footer: row.footer,
  isDefault: row.is_default === 1,
  archived: row.archived_at !== null,
});

/** A template by id, or the default one for null: what a new invoice starts with. */
export const loadTemplate = async (db: Kysely<Database>, id: number | null): Promise<InvoiceTemplate> => {
  const query = db.selectFrom('invoice_templates').selectAll();
  const row = await (id === null
    ? query.where('is_default', '=', 1)
    : query.where('id', '=', id)
  ).executeTakeFirst();
  // The migration creates a default and setDefault/archive always keep exactly one.
  if (!row) throw id === null ? new Error('No default invoice template') : notFound('Template', id);
  return toTemplate(row);
};
