import type { Kysely } from 'kysely';
import type { ArchiveFilter } from '../../shared/fields';
import type { InvoiceTemplate, TemplateChanges, TemplateCreateInput } from '../../shared/invoice-templates';
import type { AppContext } from '../app-context';
import type { Database } from '../db/schema';
import { write } from '../db/write';
import { AppError } from '../ipc/app-error';
import { loadTemplate, toTemplate } from './templates.queries';

export const listTemplates = async (
  db: Kysely<Database>,
  archived: ArchiveFilter,
): Promise<InvoiceTemplate[]> => {
  const rows = await db
    .selectFrom('invoice_templates')
    .selectAll()
    .$if(archived === 'active', (qb) => qb.where('archived_at', 'is', null))
    .$if(archived === 'archived', (qb) => qb.where('archived_at', 'is not', null))
    .orderBy('is_default', 'desc')
    .orderBy((eb) => eb('archived_at', 'is', null), 'desc')
    .orderBy((eb) => eb.fn('lower', ['name']))
    .orderBy('id')
    .execute();
  return rows.map(toTemplate);
};

/** Pickers show templates by name, so two active ones may not share it. */
const ensureNameFree = async (db: Kysely<Database>, name: string, exceptId?: number) => {
  const clash = await db
    .selectFrom('invoice_templates')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .where('archived_at', 'is', null)
    .$if(exceptId !== undefined, (qb) => qb.where('id', '!=', exceptId ?? 0))
    .executeTakeFirst();
  if (clash) {
    throw new AppError('conflict', `A template named “${name}” already exists`, {
      name: 'Choose another name',
    });
  }
};

const columns = (content: TemplateChanges) => ({
  name: content.name,
  layout: content.layout,
  paper: content.paper,
  accent_color: content.accentColor,
  header: content.header,
  notes: content.notes,
  terms: content.terms,
  footer: content.footer,
});

export const createTemplate = (ctx: AppContext, input: TemplateCreateInput): Promise<InvoiceTemplate> =>
  write(ctx, ['settings'], async (trx) => {
    await ensureNameFree(trx, input.name);
    const now = ctx.clock().toISOString();
    // Kysely leaves out undefined values, so whatever the input omits takes the column default.
    const { id } = await trx
      .insertInto('invoice_templates')
      .values({ ...columns(input), name: input.name, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    return loadTemplate(trx, id);
  });

export const updateTemplate = (
  ctx: AppContext,
  { id, changes }: { id: number; changes: TemplateChanges },
): Promise<InvoiceTemplate> =>
  write(ctx, ['settings'], async (trx) => {
    const template = await loadTemplate(trx, id);
    if (changes.name !== undefined && !template.archived) await ensureNameFree(trx, changes.name, id);
    await trx
      .updateTable('invoice_templates')
      .set({ ...columns(changes), updated_at: ctx.clock().toISOString() })
      .where('id', '=', id)
      .execute();
    return loadTemplate(trx, id);
  });

export const setDefaultTemplate = (ctx: AppContext, id: number): Promise<InvoiceTemplate> =>
  write(ctx, ['settings'], async (trx) => {
    const template = await loadTemplate(trx, id);
    if (template.archived) {
      throw new AppError(
        'conflict',
        `“${template.name}” is archived; restore it before making it the default`,
      );
    }
    const now = ctx.clock().toISOString();
    // Clear first: the partial unique index allows only one default row at any moment.
    await trx
      .updateTable('invoice_templates')
      .set({ is_default: 0, updated_at: now })
      .where('is_default', '=', 1)
      .where('id', '!=', id)
      .execute();
    await trx
      .updateTable('invoice_templates')
      .set({ is_default: 1, updated_at: now })
      .where('id', '=', id)
      .execute();
    return loadTemplate(trx, id);
  });

export const archiveTemplate = (
  ctx: AppContext,
  { id, archived }: { id: number; archived: boolean },
): Promise<InvoiceTemplate> =>
  write(ctx, ['settings'], async (trx) => {
    const template = await loadTemplate(trx, id);
    if (archived && template.isDefault) {
      throw new AppError(
        'conflict',
        `“${template.name}” is the default template; make another template the default before archiving it`,
      );
    }
    if (template.archived === archived) return template;
    if (!archived) await ensureNameFree(trx, template.name, id);
    const now = ctx.clock().toISOString();
    await trx
      .updateTable('invoice_templates')
      .set({ archived_at: archived ? now : null, updated_at: now })
      .where('id', '=', id)
      .execute();
    return loadTemplate(trx, id);
  });
