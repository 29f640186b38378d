import { localIsoDate } from '../../shared/invoice-dates';
import type { TestApp } from '../test-support';
import { createEmailDraft } from './email-drafts';
import type { EmailSource } from './merge-values';
import { startSmtpServer, type TestSmtpOptions } from './smtp-test-server';

/** A few bytes that are not text: a zero, a high byte and a bare CR LF must all arrive as they were. */
export const attachedPdf = Buffer.from('%PDF-1.7\n\u0000\u00ff\r\n%%EOF', 'latin1');

/**
 * Queues an email the way `outbox.send` does (a draft from the template, its attachment's bytes, status
 * queued and due now), then tells the app's event bus, as every write does.
 */
export const queueEmail = async (app: TestApp, source: EmailSource): Promise<number> => {
  const id = await app.workspace.db.transaction().execute(async (trx) => {
    const now = app.clock();
    const draftId = await createEmailDraft(trx, source, now, localIsoDate(now));
    await trx
      .insertInto('outbox_attachments')
      .values({
        message_id: draftId,
        file_name: 'INV-2026-0001.pdf',
        content_type: 'application/pdf',
        content: attachedPdf,
      })
      .execute();
    await trx
      .updateTable('outbox_messages')
      .set({ status: 'queued', queued_at: now.toISOString(), next_attempt_at: now.toISOString() })
      .where('id', '=', draftId)
      .execute();
    return draftId;
  });
  app.events.emit('records.changed', { kinds: ['outbox'] });
  return id;
};

export const outboxRow = (app: TestApp, id: number) =>
  app.workspace.db.selectFrom('outbox_messages').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

/** Points the app's sending at 127.0.0.1:`port`, in plain text, as a local relay would be set up. */
export const sendThrough = (app: TestApp, port: number, login?: TestSmtpOptions['login']) =>
  app.call('email.updateSettings', {
    fromName: 'Zoë Łukasz-Müller',
    fromAddress: 'zoe@lukasz-mueller.example',
    smtpHost: '127.0.0.1',
    smtpPort: port,
    smtpSecurity: 'none',
    smtpUsername: login?.username ?? '',
    password: login?.password,
  });

/** A port nothing listens on: a server is started to find a free one, then closed. */
export const unusedPort = async () => {
  const server = await startSmtpServer();
  await server.close();
  return server.port;
};
