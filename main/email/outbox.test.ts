import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import type { OutboxMessage } from '../../shared/outbox';
import { startEstimatingApp } from '../estimates/estimate-fixtures';
import { failure } from '../invoices/invoice-fixtures';
import { makeTempDir, startTestApp, type TestApp } from '../test-support';

const dang = { name: 'Đặng Văn', address: 'dang.van@aeroskobing.dk' };

/** The PDF's text as poppler reads it back. */
const pdfText = (bytes: Uint8Array) => {
  const file = join(makeTempDir(), 'attached.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
};

const attachedBytes = (app: TestApp, messageId: number) =>
  app.workspace.db
    .selectFrom('outbox_attachments')
    .select(['file_name', 'content'])
    .where('message_id', '=', messageId)
    .execute();

const creditNoteOn = (app: TestApp, invoiceId: number) =>
  app.call('creditNotes.issue', { invoiceId, amountMinor: 1_000, reason: 'Late', outcome: 'reduce' });

const editable = ({ id, to, cc, subject, body }: OutboxMessage) => ({ id, to, cc, subject, body });

/** An invoicing workspace whose customer contact has an email address. */
const startEmailingApp = async () => {
  const fixture = await startEstimatingApp();
  await fixture.app.call('contacts.update', {
    id: fixture.contactId,
    changes: { emails: [dang.address] },
  });
  return fixture;
};

describe('composing and queuing an invoice email', () => {
  it('queues the edited draft with the exact PDF bytes of the issued invoice', async () => {
    const { app, issued } = await startEmailingApp();
    const invoiceId = await issued(123_456);
    const draft = await app.call('outbox.compose', { kind: 'invoice', invoiceId });
    expect(draft).toMatchObject({
      status: 'draft',
      to: [dang],
      subject: 'Invoice INV-2026-0001 from Zoë Łukasz-Müller Consulting',
      document: { kind: 'invoice', label: 'Invoice INV-2026-0001', path: `/invoices/${invoiceId}` },
      attachments: [{ fileName: 'INV-2026-0001 Ærøskøbing Shipping ApS.pdf', size: null }],
      smtpReady: false,
    });
    expect(draft.warnings).toEqual([]);
    // A second click continues the same draft.
    expect((await app.call('outbox.compose', { kind: 'invoice', invoiceId })).id).toBe(draft.id);

    const cc = [{ name: '', address: 'books@aeroskobing.dk' }];
    const body = `${draft.body}\n\nP.S. The workshop notes follow tomorrow.`;
    await app.call('outbox.update', { id: draft.id, to: draft.to, cc, subject: draft.subject, body });
    const queued = await app.call('outbox.send', { id: draft.id });
    expect(queued).toMatchObject({
      status: 'queued',
      cc,
      body,
      attempts: 0,
      lastError: '',
      queuedAt: '2026-11-24T09:00:00.000Z',
      nextAttemptAt: '2026-11-24T09:00:00.000Z',
    });

    const [pdf] = await attachedBytes(app, draft.id);
    const exported = await app.call('invoices.exportPdf', { id: invoiceId });
    expect(pdf?.file_name).toBe(exported.fileName);
    expect(Buffer.compare(Buffer.from(pdf?.content ?? []), Buffer.from(exported.base64, 'base64'))).toBe(0);
    expect(queued.attachments).toEqual([{ fileName: exported.fileName, size: pdf?.content.length }]);
    expect(pdfText(pdf?.content ?? new Uint8Array())).toContain('INV-2026-0001');
  });

  it('issues a draft invoice when sending, and the email and its PDF name the number', async () => {
    const { app, draft } = await startEmailingApp();
    const invoiceId = await draft(50_000);
    const message = await app.call('outbox.compose', { kind: 'invoice', invoiceId });
    expect(message.subject).toBe('Invoice {{invoice.number}} from Zoë Łukasz-Müller Consulting');
    expect(message.document).toMatchObject({ label: `Draft ${invoiceId}`, isDraft: true });
    expect(message.warnings).toEqual([
      `{{invoice.number}} is filled in when sending gives Draft ${invoiceId} its number.`,
    ]);
    expect((await failure(app, 'outbox.exportEml', { id: message.id })).message).toMatch(/has no number yet/);

    const queued = await app.call('outbox.send', { id: message.id });
    expect(queued.subject).toBe('Invoice INV-2026-0001 from Zoë Łukasz-Müller Consulting');
    expect(queued.body).toContain('please find attached invoice INV-2026-0001 for €595.00');
    expect((await app.call('invoices.get', { id: invoiceId })).status).toBe('issued');
    const [pdf] = await attachedBytes(app, message.id);
    expect(pdfText(pdf?.content ?? new Uint8Array())).toContain('INV-2026-0001');
  });

  it('keeps the draft when the invoice cannot be issued, and needs a recipient first', async () => {
    const { app } = await startEmailingApp();
    const { id: invoiceId } = await app.call('invoices.create', {});
    const message = await app.call('outbox.compose', { kind: 'invoice', invoiceId });
    expect(message.warnings).toContain('Add at least one recipient.');
    expect(await failure(app, 'outbox.send', { id: message.id })).toMatchObject({
      code: 'invalid_input',
      fields: { to: 'Add at least one recipient' },
    });
    await app.call('outbox.update', { ...editable(message), to: [dang] });
    expect((await failure(app, 'outbox.send', { id: message.id })).message).toMatch(/^Before issuing/);
    expect((await app.call('outbox.get', { id: message.id })).status).toBe('draft');
    expect((await app.call('invoices.get', { id: invoiceId })).status).toBe('draft');
  });

  it('refuses a void invoice and a credit note composed as an invoice', async () => {
    const { app, issued } = await startEmailingApp();
    const invoiceId = await issued();
    const note = await creditNoteOn(app, invoiceId);
    expect((await failure(app, 'outbox.compose', { kind: 'invoice', invoiceId: note.id })).message).toMatch(
      /is a credit note/,
    );
    const voidable = await issued();
    await app.call('invoices.void', { id: voidable, reason: 'Wrong customer' });
    expect(await failure(app, 'outbox.compose', { kind: 'invoice', invoiceId: voidable })).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/is void/),
    });
  });
});

describe('an email as an .eml file', () => {
  it('parses back to the same subject, recipients, text and attachment bytes, marked unsent', async () => {
    const { app, issued } = await startEmailingApp();
    const invoiceId = await issued();
    const draft = await app.call('outbox.compose', { kind: 'invoice', invoiceId });
    const eml = await app.call('outbox.exportEml', { id: draft.id });
    expect(eml).toMatchObject({ fileName: 'INV-2026-0001 Ærøskøbing Shipping ApS.eml', opened: false });
    const parsed = await simpleParser(Buffer.from(eml.base64, 'base64'));
    expect(parsed.subject).toBe(draft.subject);
    expect(parsed.headers.get('x-unsent')).toBe('1');
    expect(parsed.text?.trim()).toBe(draft.body);
    const exported = await app.call('invoices.exportPdf', { id: invoiceId });
    expect(parsed.attachments.map((file) => [file.filename, file.contentType])).toEqual([
      [exported.fileName, 'application/pdf'],
    ]);
    expect(
      Buffer.compare(
        parsed.attachments[0]?.content ?? Buffer.alloc(0),
        Buffer.from(exported.base64, 'base64'),
      ),
    ).toBe(0);

    // Once queued, the file carries the bytes fixed then.
    await app.call('outbox.send', { id: draft.id });
    const [stored] = await attachedBytes(app, draft.id);
    const again = await simpleParser(
      Buffer.from((await app.call('outbox.exportEml', { id: draft.id })).base64, 'base64'),
    );
    expect(
      Buffer.compare(again.attachments[0]?.content ?? Buffer.alloc(0), Buffer.from(stored?.content ?? [])),
    ).toBe(0);
  });

  it('is written under the data folder and handed to the mail app on a desktop host', async () => {
    const opened: string[] = [];
    const app = await startTestApp({
      desktop: {
        openPath: async (path) => {
          opened.push(path);
          return '';
        },
      },
    });
    await app.call('profile.update', { legalName: 'Ada Consulting' });
    const company = await app.call('companies.create', { name: 'Acme' });
    const [rate] = await app.call('taxRates.list', {});
    const { id: invoiceId } = await app.call('invoices.create', {
      companyId: company.id,
      lines: [{ description: 'Audit', quantity: '1', unitPriceMinor: 10_000, taxRateId: rate?.id ?? 0 }],
    });
    await app.call('invoices.issue', { id: invoiceId });
    const draft = await app.call('outbox.compose', { kind: 'invoice', invoiceId });
    const eml = await app.call('outbox.exportEml', { id: draft.id });
    const path = join(app.workspace.dataDir, 'email-drafts', eml.fileName);
    expect(eml.opened).toBe(true);
    expect(opened).toEqual([path]);
    expect(existsSync(path) && readFileSync(path).toString('base64')).toBe(eml.base64);
  });
});

describe('estimates and credit notes', () => {
  it('a draft estimate is sent through its own path and its email uses the estimate template', async () => {
    const { app, estimate } = await startEmailingApp();
    const estimateId = await estimate();
    const draft = await app.call('outbox.compose', { kind: 'estimate', estimateId });
    expect(draft.subject).toBe('Estimate {{estimate.number}} from Zoë Łukasz-Müller Consulting');
    expect(draft.document).toMatchObject({
      kind: 'estimate',
      path: `/estimates/${estimateId}`,
      isDraft: true,
    });
    const queued = await app.call('outbox.send', { id: draft.id });
    const sent = await app.call('estimates.get', { id: estimateId });
    expect(sent.status).toBe('sent');
    expect(queued.subject).toBe(`Estimate ${sent.number} from Zoë Łukasz-Müller Consulting`);
    const [pdf] = await attachedBytes(app, draft.id);
    expect(pdfText(pdf?.content ?? new Uint8Array())).toContain(sent.number ?? '');
  });

  it('a credit note composes with its own template, naming the invoice it corrects', async () => {
    const { app, issued } = await startEmailingApp();
    const invoiceId = await issued();
    const note = await creditNoteOn(app, invoiceId);
    const draft = await app.call('outbox.compose', { kind: 'credit_note', invoiceId: note.id });
    const { number } = await app.call('invoices.get', { id: note.id });
    expect(draft.subject).toBe(`Credit note ${number} for invoice INV-2026-0001`);
    expect(draft.document.label).toBe(`Credit note ${number}`);
    expect(draft.to).toEqual([dang]);
  });
});

describe('email templates', () => {
  it('refuses unknown merge fields by name, then saves a fixed template used by the next draft', async () => {
    const { app, issued } = await startEmailingApp();
    const templates = await app.call('emailTemplates.list', {});
    expect(templates.map((one) => one.kind)).toEqual(['invoice', 'estimate', 'credit_note', 'reminder']);
    expect(templates[0]?.fields).toContain('invoice.due_date');
    const error = await failure(app, 'emailTemplates.update', {
      kind: 'invoice',
      subject: 'Invoice {{invoice.number}}',
      body: 'Total: {{invoice.totl}} {{estimate.total}}',
    });
    expect(error).toMatchObject({
      code: 'invalid_input',
      fields: { body: '{{invoice.totl}}, {{estimate.total}} are not fields an invoice email can use' },
    });
    expect(
      (
        await failure(app, 'emailTemplates.update', {
          kind: 'estimate',
          subject: '{{invoice.number}}',
          body: '',
        })
      ).fields,
    ).toEqual({ subject: '{{invoice.number}} is not a field an estimate email can use' });

    await app.call('emailTemplates.update', {
      kind: 'invoice',
      subject: 'Your invoice {{invoice.number}}',
      body: 'Total: {{invoice.total}}\n{{invoice.public_url}}',
    });
    const draft = await app.call('outbox.compose', { kind: 'invoice', invoiceId: await issued() });
    expect(draft).toMatchObject({ subject: 'Your invoice INV-2026-0001', body: 'Total: €1,190.00\n' });
    expect(draft.warnings).toEqual([
      '{{invoice.public_url}} is left empty: documents are not published online yet.',
    ]);
  });
});

describe('the outbox states', () => {
  it('guards each state: edit only drafts, retry only failed, cancel only queued or failed', async () => {
    const { app, issued } = await startEmailingApp();
    const draft = await app.call('outbox.compose', { kind: 'invoice', invoiceId: await issued() });
    expect((await failure(app, 'outbox.retry', { id: draft.id })).code).toBe('conflict');
    expect((await failure(app, 'outbox.cancel', { id: draft.id })).code).toBe('conflict');
    await app.call('outbox.send', { id: draft.id });
    expect(await failure(app, 'outbox.update', editable(draft))).toMatchObject({
      code: 'conflict',
      message: 'This email is queued; only a draft can be edited',
    });
    expect((await failure(app, 'outbox.send', { id: draft.id })).code).toBe('conflict');
    expect((await failure(app, 'outbox.discard', { id: draft.id })).code).toBe('conflict');
    expect((await failure(app, 'outbox.retry', { id: draft.id })).code).toBe('conflict');

    app.workspace.sqlite
      .prepare(`UPDATE outbox_messages SET status = 'failed', attempts = 3, last_error = ? WHERE id = ?`)
      .run('550 Mailbox unavailable', draft.id);
    app.clock.advance(60_000);
    const retried = await app.call('outbox.retry', { id: draft.id });
    expect(retried).toMatchObject({
      status: 'queued',
      nextAttemptAt: '2026-11-24T09:01:00.000Z',
      lastError: '550 Mailbox unavailable',
    });
    expect((await app.call('outbox.cancel', { id: draft.id })).status).toBe('cancelled');
    expect((await failure(app, 'outbox.cancel', { id: draft.id })).code).toBe('conflict');
    await app.call('outbox.discard', { id: draft.id });
    expect((await failure(app, 'outbox.get', { id: draft.id })).code).toBe('not_found');
  });

  it('lists newest first with a count per state', async () => {
    const { app, issued } = await startEmailingApp();
    const first = await app.call('outbox.compose', { kind: 'invoice', invoiceId: await issued() });
    app.clock.advance(1_000);
    const second = await app.call('outbox.compose', { kind: 'invoice', invoiceId: await issued() });
    await app.call('outbox.send', { id: first.id });
    const all = await app.call('outbox.list', { status: 'all' });
    expect(all.messages.map((row) => [row.id, row.status])).toEqual([
      [second.id, 'draft'],
      [first.id, 'queued'],
    ]);
    expect(all.counts).toEqual({ all: 2, drafts: 1, queued: 1, sent: 0, failed: 0 });
    expect((await app.call('outbox.list', { status: 'queued' })).messages.map((row) => row.id)).toEqual([
      first.id,
    ]);
  });
});

describe('sending several drafts at once', () => {
  it('queues the morning’s reminder drafts together and names the one it could not send, which stays a draft', async () => {
    const { app, issued, companyId } = await startEmailingApp();
    for (const price of [100_000, 250_000]) await issued(price, { issueDate: '2026-09-01' });
    await app.call('reminders.runNow', {});
    const { messages: reminders } = await app.call('outbox.list', { status: 'drafts' });
    expect(reminders.map((message) => message.kind)).toEqual(['reminder', 'reminder']);
    const { id: nobodysInvoice } = await app.call('invoices.create', { companyId });
    const unaddressed = await app.call('outbox.compose', { kind: 'invoice', invoiceId: nobodysInvoice });

    const result = await app.call('outbox.sendMany', {
      ids: [...reminders.map((message) => message.id), unaddressed.id],
    });
    expect(result).toEqual({
      queued: 2,
      refused: [
        {
          id: unaddressed.id,
          subject: unaddressed.subject,
          message: 'Before sending: Add at least one recipient.',
        },
      ],
    });
    const { counts } = await app.call('outbox.list', { status: 'all' });
    expect([counts.queued, counts.drafts]).toEqual([2, 1]);
    expect((await attachedBytes(app, reminders[0]?.id ?? 0)).map((file) => file.file_name)).toHaveLength(1);
  });
});
