import { describe, expect, it } from 'vitest';
import { sendingNotSetUp } from '../../shared/email-settings';
import { startInvoicingApp } from '../invoices/invoice-fixtures';
import { closeTestApp, fixedClock, startTestApp } from '../test-support';
import { attachedPdf, outboxRow, queueEmail, sendThrough, unusedPort } from './outbox-fixtures';
import { paidBeforeReminder } from './outbox-lease';
import { startSmtpServer } from './smtp-test-server';

const minuteMs = 60_000;

/** An issued invoice whose contact has an email address, ready to be emailed. */
const invoiceToEmail = async () => {
  const invoicing = await startInvoicingApp();
  const { app, contactId } = invoicing;
  await app.call('contacts.update', { id: contactId, changes: { emails: ['dang.van@aeroskobing.dk'] } });
  const invoiceId = await invoicing.issued(123_456);
  return { ...invoicing, invoiceId };
};

describe('outbox delivery', () => {
  it('sends a queued invoice email with its PDF byte for byte, and logs it on the account and the invoice', async () => {
    const { app, invoiceId } = await invoiceToEmail();
    const server = await startSmtpServer();
    await sendThrough(app, server.port);
    const id = await queueEmail(app, { kind: 'invoice', invoiceId });
    await app.outboxIdle();

    const row = await outboxRow(app, id);
    expect(row).toMatchObject({ status: 'sent', attempts: 0, last_error: '', lease_until: null });
    expect(row.sent_at).toBe(app.clock().toISOString());
    const [mail] = server.received;
    expect(server.received).toHaveLength(1);
    expect(mail?.subject).toBe('Invoice INV-2026-0001 from Zoë Łukasz-Müller Consulting');
    expect(mail?.messageId).toBe(row.message_id);
    expect(mail?.from?.value).toEqual([{ name: 'Zoë Łukasz-Müller', address: 'zoe@lukasz-mueller.example' }]);
    expect(mail?.to).toMatchObject({ value: [{ name: 'Đặng Văn', address: 'dang.van@aeroskobing.dk' }] });
    const stored = await app.workspace.db
      .selectFrom('outbox_attachments')
      .select('content')
      .where('message_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(Buffer.compare(stored.content, attachedPdf)).toBe(0);
    expect(
      mail?.attachments.map((file) => [file.filename, Buffer.compare(file.content, stored.content)]),
    ).toEqual([['INV-2026-0001.pdf', 0]]);

    const invoice = await app.call('invoices.get', { id: invoiceId });
    expect(invoice.events.at(-1)).toMatchObject({
      kind: 'emailed',
      detail: { to: 'dang.van@aeroskobing.dk' },
    });
    const activities = await app.workspace.db
      .selectFrom('activities')
      .selectAll()
      .where('invoice_id', '=', invoiceId)
      .execute();
    expect(activities).toMatchObject([
      {
        kind: 'email',
        direction: 'outbound',
        subject: mail?.subject,
        body: 'To: dang.van@aeroskobing.dk',
        account_id: row.account_id,
        occurred_at: row.sent_at,
      },
    ]);
  });

  it('keeps a message queued through a restart while the server is down, then delivers it exactly once', async () => {
    const { app, invoiceId } = await invoiceToEmail();
    const port = await unusedPort();
    await sendThrough(app, port);
    const id = await queueEmail(app, { kind: 'invoice', invoiceId });
    await app.outboxIdle();
    const waiting = await outboxRow(app, id);
    expect(waiting).toMatchObject({
      status: 'queued',
      attempts: 1,
      last_error: `Could not reach 127.0.0.1:${port} (connection refused)`,
      next_attempt_at: new Date(app.clock().getTime() + minuteMs).toISOString(),
    });
    const dataDir = app.workspace.dataDir;
    await closeTestApp(app);

    const server = await startSmtpServer({ port });
    const later = fixedClock(new Date(app.clock().getTime() + 2 * minuteMs).toISOString());
    const reopened = await startTestApp({ dataDir, clock: later });
    await reopened.outboxIdle();
    expect(server.received.map((mail) => mail.messageId)).toEqual([waiting.message_id]);
    expect(await outboxRow(reopened, id)).toMatchObject({ status: 'sent', attempts: 1, last_error: '' });
    await closeTestApp(reopened);

    later.advance(60 * minuteMs);
    const third = await startTestApp({ dataDir, clock: later });
    await third.outboxIdle();
    expect(server.received).toHaveLength(1);
  });

  it('waits longer after each failed attempt, up to half an hour', async () => {
    const { app, invoiceId } = await invoiceToEmail();
    await sendThrough(app, await unusedPort());
    const id = await queueEmail(app, { kind: 'invoice', invoiceId });
    const waits: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) {
      await app.outboxIdle();
      const row = await outboxRow(app, id);
      const wait = Date.parse(row.next_attempt_at ?? '') - app.clock().getTime();
      waits.push(wait / minuteMs);
      app.clock.advance(wait);
      app.events.emit('records.changed', { kinds: ['outbox'] });
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 30, 30]);
  });

  it('fails a message the server refuses for good, with the server’s words', async () => {
    const { app, invoiceId } = await invoiceToEmail();
    const server = await startSmtpServer({ refuse: [550, 'No such user here'] });
    await sendThrough(app, server.port);
    const id = await queueEmail(app, { kind: 'invoice', invoiceId });
    await app.outboxIdle();
    const row = await outboxRow(app, id);
    expect(row).toMatchObject({ status: 'failed', attempts: 1, next_attempt_at: null });
    expect(row.last_error).toMatch(/^The server refused the message: 550 .*No such user here/);
    expect(
      (await app.call('invoices.get', { id: invoiceId })).events.map((event) => event.kind),
    ).not.toContain('emailed');
  });

  it('tries again later when the server asks it to (4xx)', async () => {
    const { app, invoiceId } = await invoiceToEmail();
    const server = await startSmtpServer({ refuse: [451, 'Greylisted, come back later'] });
    await sendThrough(app, server.port);
    const id = await queueEmail(app, { kind: 'invoice', invoiceId });
    await app.outboxIdle();
    const row = await outboxRow(app, id);
    expect(row).toMatchObject({ status: 'queued', attempts: 1 });
    expect(row.last_error).toMatch(/^The server asked to try again later: 451 .*Greylisted/);
  });

  it('signs in with the saved password, and fails the message when the server refuses the login', async () => {
    const { app, invoiceId } = await invoiceToEmail();
    const login = { username: 'zoe', password: 'pässwörd with spaces' };
    const server = await startSmtpServer({ login });
    await sendThrough(app, server.port, login);
    const sent = await queueEmail(app, { kind: 'invoice', invoiceId });
    await app.outboxIdle();
    expect(await outboxRow(app, sent)).toMatchObject({ status: 'sent' });

    await sendThrough(app, server.port, { username: 'zoe', password: 'wrong' });
    const refused = await queueEmail(app, { kind: 'invoice', invoiceId });
    await app.outboxIdle();
    expect(await outboxRow(app, refused)).toMatchObject({
      status: 'failed',
      last_error: 'The server refused the username or password',
    });
    expect(server.received).toHaveLength(1);
  });

  it('cancels a reminder whose invoice was paid before it went out, and never sends it', async () => {
    const { app, invoiceId } = await invoiceToEmail();
    const server = await startSmtpServer();
    const invoice = await app.call('invoices.get', { id: invoiceId });
    await app.call('invoices.recordPayment', {
      invoiceId,
      paidOn: '2026-11-24',
      amountMinor: invoice.totalMinor,
      method: 'bank_transfer',
    });
    await sendThrough(app, server.port);
    const id = await queueEmail(app, { kind: 'reminder', invoiceId });
    await app.outboxIdle();
    expect(await outboxRow(app, id)).toMatchObject({ status: 'cancelled', last_error: paidBeforeReminder });
    expect(server.received).toEqual([]);
  });

  it('keeps messages queued with a hint while no server is set up, and sends them once it is', async () => {
    const { app, invoiceId } = await invoiceToEmail();
    const id = await queueEmail(app, { kind: 'invoice', invoiceId });
    await app.outboxIdle();
    expect(await outboxRow(app, id)).toMatchObject({
      status: 'queued',
      attempts: 0,
      last_error: sendingNotSetUp,
    });

    const server = await startSmtpServer();
    await sendThrough(app, server.port);
    await app.outboxIdle();
    expect(await outboxRow(app, id)).toMatchObject({ status: 'sent' });
    expect(server.received).toHaveLength(1);
  });

  it('sends a message left mid-send by a crashed process again once its lease has run out', async () => {
    const { app, invoiceId } = await invoiceToEmail();
    const server = await startSmtpServer();
    const id = await queueEmail(app, { kind: 'invoice', invoiceId });
    await app.workspace.db
      .updateTable('outbox_messages')
      .set({ status: 'sending', lease_until: new Date(app.clock().getTime() + 2 * minuteMs).toISOString() })
      .where('id', '=', id)
      .execute();
    await sendThrough(app, server.port);
    await app.outboxIdle();
    expect(server.received).toEqual([]);

    app.clock.advance(3 * minuteMs);
    app.events.emit('records.changed', { kinds: ['outbox'] });
    await app.outboxIdle();
    expect(await outboxRow(app, id)).toMatchObject({ status: 'sent' });
    expect(server.received).toHaveLength(1);
  });

  it('two apps on one workspace deliver a message once between them', async () => {
    const { app, invoiceId } = await invoiceToEmail();
    const server = await startSmtpServer();
    await sendThrough(app, server.port);
    const second = await startTestApp({ dataDir: app.workspace.dataDir });
    const id = await queueEmail(app, { kind: 'invoice', invoiceId });
    second.events.emit('records.changed', { kinds: ['outbox'] });
    await Promise.all([app.outboxIdle(), second.outboxIdle()]);
    expect(server.received).toHaveLength(1);
    expect(await outboxRow(second, id)).toMatchObject({ status: 'sent' });
    const logged = await app.workspace.db
      .selectFrom('invoice_events')
      .select('kind')
      .where('invoice_id', '=', invoiceId)
      .where('kind', '=', 'emailed')
      .execute();
    expect(logged).toHaveLength(1);
  });
});
