import { simpleParser } from 'mailparser';
import MailComposer from 'nodemailer/lib/mail-composer';
import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../shared/invoice-dates';
import { startInvoicingApp } from '../invoices/invoice-fixtures';
import { createEmailDraft } from './email-drafts';
import { mailOptionsOf } from './mail-options';

describe('email drafts', () => {
  it('fills the invoice template for the invoice contact and keeps the exact attachment bytes in the MIME', async () => {
    const { app, contactId, issued } = await startInvoicingApp();
    await app.call('contacts.update', { id: contactId, changes: { emails: ['dang.van@aeroskobing.dk'] } });
    const invoiceId = await issued(123_456);
    const db = app.workspace.db;
    const id = await db
      .transaction()
      .execute((trx) =>
        createEmailDraft(trx, { kind: 'invoice', invoiceId }, app.clock(), localIsoDate(app.clock())),
      );
    const row = await db
      .selectFrom('outbox_messages')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('draft');
    expect(row.subject).toBe('Invoice INV-2026-0001 from Zoë Łukasz-Müller Consulting');
    expect(row.body).toContain('Hello Đặng,');
    expect(row.body).toContain('€1,469.13');
    expect(JSON.parse(row.to_addresses)).toEqual([{ name: 'Đặng Văn', address: 'dang.van@aeroskobing.dk' }]);

    const pdf = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x0d, 0x0a]);
    await db
      .insertInto('outbox_attachments')
      .values({
        message_id: id,
        file_name: 'INV-2026-0001.pdf',
        content_type: 'application/pdf',
        content: pdf,
      })
      .execute();
    const options = await mailOptionsOf(
      db,
      id,
      { fromName: 'Zoë', fromAddress: 'zoe@example.com' },
      app.clock(),
    );
    const parsed = await simpleParser(await new MailComposer(options).compile().build());
    expect(parsed.subject).toBe(row.subject);
    expect(parsed.messageId).toBe(row.message_id);
    expect(parsed.text?.trim()).toBe(row.body);
    expect(parsed.attachments.map((file) => [file.filename, Buffer.compare(file.content, pdf)])).toEqual([
      ['INV-2026-0001.pdf', 0],
    ]);
  });
});
