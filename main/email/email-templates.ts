import type { Kysely } from 'kysely';
import { type EmailKind, emailKinds, mergeFieldsByKind } from '../../shared/email';
import type { ParsedInput } from '../../shared/ipc/contract';
import type { EmailTemplate } from '../../shared/outbox';
import type { AppContext } from '../app-context';
import type { Database } from '../db/schema';
import { write } from '../db/write';
import { AppError } from '../ipc/app-error';
import { unknownFieldMessage } from './outbox-records';

const toTemplate = (row: { kind: EmailKind; subject: string; body: string }): EmailTemplate => ({
  kind: row.kind,
  subject: row.subject,
  body: row.body,
  fields: [...mergeFieldsByKind[row.kind]],
});

export const listEmailTemplates = async (db: Kysely<Database>): Promise<EmailTemplate[]> => {
  const rows = await db.selectFrom('email_templates').select(['kind', 'subject', 'body']).execute();
  return emailKinds.flatMap((kind) => rows.filter((row) => row.kind === kind).map(toTemplate));
};

/** A field the kind cannot fill would reach every customer as `{{typed}}`, so it is refused here. */
export const updateEmailTemplate = (
  ctx: AppContext,
  { kind, subject, body }: ParsedInput<'emailTemplates.update'>,
): Promise<EmailTemplate> => {
  const fields: Record<string, string> = {};
  const inSubject = unknownFieldMessage(subject, kind);
  const inBody = unknownFieldMessage(body, kind);
  if (inSubject) fields.subject = inSubject;
  if (inBody) fields.body = inBody;
  if (inSubject || inBody)
    throw new AppError('invalid_input', `${Object.values(fields).join('; ')}.`, fields);
  return write(ctx, ['settings'], async (db) => {
    await db
      .updateTable('email_templates')
      .set({ subject, body, updated_at: ctx.clock().toISOString() })
      .where('kind', '=', kind)
      .execute();
    return toTemplate({ kind, subject, body });
  });
};
