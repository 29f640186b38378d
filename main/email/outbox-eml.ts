import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import type Mail from 'nodemailer/lib/mailer';
import { localIsoDate } from '../../shared/invoice-dates';
import type { EmlFile } from '../../shared/outbox';
import type { AppContext } from '../app-context';
import { AppError } from '../ipc/app-error';
import { readSetting } from '../settings/settings';
import { documentPdf } from './document-pdf';
import { mailOptionsOf } from './mail-options';
import { mergeContextFor } from './merge-values';
import { documentOf, loadOutboxRecord, sourceOf } from './outbox-records';
import { finalWords } from './outbox-send';

/**
 * A draft has no attachment yet: the file gets the document's PDF rendered now and the words filled as
 * sending would fill them. A draft document has no number to show, so it is refused.
 */
const draftOptions = async (ctx: AppContext, id: number, options: Mail.Options): Promise<Mail.Options> => {
  const row = await loadOutboxRecord(ctx.db, id);
  if (row.status !== 'draft') return options;
  const source = sourceOf(row);
  const document = await documentOf(ctx.db, source);
  if (document.isDraft) {
    throw new AppError(
      'conflict',
      `${document.label} has no number yet. Press Send, which numbers it first, or number it before opening the email in your mail app.`,
    );
  }
  const { values } = await mergeContextFor(ctx.db, source, localIsoDate(ctx.clock()));
  const { subject, body } = finalWords(row, values);
  const pdf = await documentPdf(ctx.db, source, ctx.clock());
  return {
    ...options,
    subject,
    text: body,
    attachments: [
      { filename: pdf.fileName, contentType: 'application/pdf', content: Buffer.from(pdf.bytes) },
    ],
  };
};

const emlName = (options: Mail.Options, id: number) => {
  const [first] = Array.isArray(options.attachments) ? options.attachments : [];
  return typeof first?.filename === 'string' ? first.filename.replace(/\.pdf$/i, '.eml') : `Email ${id}.eml`;
};

/**
 * The email as one .eml file, the same MIME SMTP would carry, with `X-Unsent: 1` so mail apps open it as a
 * message to send. The desktop app writes it under the data folder and opens it in the mail app.
 */
export const exportEml = async (ctx: AppContext, id: number): Promise<EmlFile> => {
  const sender = await readSetting(ctx.db, 'email');
  const options = await draftOptions(ctx, id, await mailOptionsOf(ctx.db, id, sender, ctx.clock()));
  const bytes = await new MailComposer({ ...options, headers: { 'X-Unsent': '1' } }).compile().build();
  const fileName = emlName(options, id);
  let opened = false;
  if (ctx.desktop) {
    const folder = join(ctx.workspace.dataDir, 'email-drafts');
    await mkdir(folder, { recursive: true });
    const path = join(folder, fileName);
    await writeFile(path, bytes);
    opened = (await ctx.desktop.openPath(path)) === '';
  }
  return { fileName, base64: bytes.toString('base64'), opened };
};
