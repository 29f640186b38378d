import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { PdfExportProgress } from '../../shared/invoices';
import { makeTempDir } from '../test-support';
import { failure, type InvoicingApp, startInvoicingApp } from './invoice-fixtures';

/** Collects an export job's progress events until it stops. */
const progressOf = (fixture: InvoicingApp) => {
  const events: PdfExportProgress[] = [];
  let stopped: (events: PdfExportProgress[]) => void = () => {};
  const finished = new Promise<PdfExportProgress[]>((resolve) => {
    stopped = resolve;
  });
  fixture.app.events.subscribe((event) => {
    if (event.name !== 'invoices.exportProgress') return;
    events.push(event.payload);
    if (event.payload.state !== 'running') stopped(events);
  });
  return finished;
};

const pdfsIn = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.pdf'));

describe('the printed invoice', () => {
  it('shows a draft with the live parties, units, discounts and tax labels', async () => {
    const { app, companyId, contactId, line, vat7 } = await startInvoicingApp();
    const { id } = await app.call('invoices.create', {
      companyId,
      contactIds: [contactId],
      supplyDate: '2026-11-20',
      lines: [
        line({ quantity: '6', unit: 'hour', unitPriceMinor: 15_000, discountPercent: '10' }),
        line({ description: 'Travel', unitPriceMinor: 5_000, discountMinor: 500, taxRateId: vat7 }),
      ],
    });
    const doc = await app.call('invoices.document', { id });
    expect(doc).toMatchObject({
      kind: 'invoice',
      number: null,
      issueDate: '2026-11-24',
      dueDate: '2026-12-08',
      supplyDate: '2026-11-20',
      currency: 'EUR',
      locale: 'en',
      seller: { name: 'Zoë Łukasz-Müller Consulting', taxId: 'DE123456789' },
      buyer: { name: 'Ærøskøbing Shipping ApS', attention: ['Đặng Văn'], address: { city: 'Ærøskøbing' } },
      lines: [
        { quantity: '6', unit: 'hour', discountText: '10%', taxLabel: 'VAT 19%' },
        { description: 'Travel', discountText: '€5.00', taxLabel: 'VAT 7%' },
      ],
      branding: { paper: 'A4', template: 'classic', header: 'text', logo: null },
      paidMinor: 0,
    });
    expect(doc.totals.totalMinor).toBe((await app.call('invoices.get', { id })).totalMinor);
  });
});

describe('exporting PDFs', () => {
  it('gives one invoice as a PDF that parses, with its file name, and logs the export', async () => {
    const { app, issued } = await startInvoicingApp();
    const id = await issued();
    const { fileName, base64 } = await app.call('invoices.exportPdf', { id });
    expect(fileName).toBe('INV-2026-0001 Ærøskøbing Shipping ApS.pdf');
    const pdf = await PDFDocument.load(Buffer.from(base64, 'base64'));
    expect(pdf.getPageCount()).toBe(1);
    expect((await app.call('invoices.get', { id })).events.at(-1)).toMatchObject({
      kind: 'pdf_exported',
      detail: { fileName },
    });
  });

  it('writes many into a folder, reporting progress, without overwriting files of the same name', async () => {
    const fixture = await startInvoicingApp();
    const { app, issued, draft } = fixture;
    const ids = [await draft(), await draft()];
    for (let n = 0; n < 58; n++) ids.push(await issued(1_000 + n));
    const folder = join(makeTempDir(), 'Invoices 2026');
    const done = progressOf(fixture);
    const job = await app.call('invoices.exportPdfs', { ids, folder });
    expect(job).toMatchObject({ folder, total: 60 });
    const events = await done;
    expect(events.at(-1)).toMatchObject({ jobId: job.jobId, state: 'finished', done: 60, total: 60 });
    expect(events.length).toBeGreaterThanOrEqual(3);
    const counts = events.map((event) => event.done);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    const files = pdfsIn(folder);
    expect(files).toHaveLength(60);
    expect(files).toContain('Invoice draft Ærøskøbing Shipping ApS (2).pdf');
    expect(files).toContain('INV-2026-0058 Ærøskøbing Shipping ApS.pdf');
    for (const file of files.slice(0, 5)) await PDFDocument.load(readFileSync(join(folder, file)));
    const logged = app.workspace.sqlite
      .prepare("SELECT count(*) FROM invoice_events WHERE kind = 'pdf_exported'")
      .pluck()
      .get();
    expect(logged).toBe(60);
  });

  it('stops between two files when cancelled; the files written stay', async () => {
    const fixture = await startInvoicingApp();
    const ids = [];
    for (let n = 0; n < 40; n++) ids.push(await fixture.issued(1_000 + n));
    const done = progressOf(fixture);
    const job = await fixture.app.call('invoices.exportPdfs', { ids });
    expect(await fixture.app.call('invoices.cancelExport', { jobId: job.jobId })).toEqual({
      cancelled: true,
    });
    const last = (await done).at(-1);
    expect(last).toMatchObject({ state: 'cancelled', total: 40 });
    expect(last?.done).toBeLessThan(40);
    expect(pdfsIn(job.folder)).toHaveLength(last?.done ?? -1);
    expect(await fixture.app.call('invoices.cancelExport', { jobId: job.jobId })).toEqual({
      cancelled: false,
    });
  });

  it('puts the files in a new folder under the workspace by default and refuses a relative folder', async () => {
    const fixture = await startInvoicingApp();
    const id = await fixture.issued();
    const done = progressOf(fixture);
    const job = await fixture.app.call('invoices.exportPdfs', { ids: [id] });
    expect(job.folder).toBe(join(fixture.app.workspace.dataDir, 'exports', 'invoices-2026-11-24T09-00-00'));
    await done;
    expect(existsSync(join(job.folder, 'INV-2026-0001 Ærøskøbing Shipping ApS.pdf'))).toBe(true);
    expect(
      await failure(fixture.app, 'invoices.exportPdfs', { ids: [id], folder: 'exports/here' }),
    ).toMatchObject({
      code: 'invalid_input',
      fields: { folder: 'Choose a full folder path, such as /home/you/Invoices' },
    });
    expect(await failure(fixture.app, 'invoices.exportPdfs', { ids: [id, 9999] })).toEqual({
      code: 'not_found',
      message: 'Invoice 9999 does not exist',
    });
  });
});
