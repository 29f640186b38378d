import type { Kysely } from 'kysely';
import type Mail from 'nodemailer/lib/mailer';
import type { EmailRecipient, EmailSettings } from '../../shared/email';
import type { Database } from '../db/schema';
import { notFound } from '../ipc/app-error';

const addressesOf = (json: string) => JSON.parse(json) as EmailRecipient[];

/**
 * One outbox message as nodemailer's options: the same MIME whether it is written to an .eml file or sent
 * over SMTP. The stored Message-ID and date keep a retried or re-exported message the same message.
 */
export const mailOptionsOf = async (
  db: Kysely<Database>,
  id: number,
  sender: Pick<EmailSettings, 'fromName' | 'fromAddress'>,
  date: Date,
): Promise<Mail.Options> => {
  const row = await db.selectFrom('outbox_messages').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Email', id);
  const attachments = await db
    .selectFrom('outbox_attachments')
    .select(['file_name', 'content_type', 'content'])
    .where('message_id', '=', id)
    .orderBy('id')
    .execute();
  return {
    from: sender.fromAddress ? { name: sender.fromName, address: sender.fromAddress } : undefined,
    to: addressesOf(row.to_addresses),
    cc: addressesOf(row.cc_addresses),
    subject: row.subject,
    text: row.body,
    messageId: row.message_id,
    date,
    attachments: attachments.map((file) => ({
      filename: file.file_name,
      contentType: file.content_type,
      content: file.content,
    })),
  };
};
