import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { invoicePdfFileName } from '../../main/pdf/invoice-pdf-file-name';
import { renderInvoicePdf } from '../../main/pdf/render-invoice-pdf';
import { sampleInvoice } from '../../main/pdf/sample-invoice';
import type { InvoiceDocument } from '../../shared/invoice-document';
import type { BenchContext, Suite } from '../context';
import { invoiceHtml } from '../invoice-html';
import { median, summarize } from '../stats';
import { timeEach } from '../timing';

const renderGoalMs = 5;
const ratioGoal = 8;
const warmUp = 20;
const measured = 300;
const chromiumWarmUp = 3;
const chromiumMeasured = 30;
const batchSize = 1000;
const createdAt = new Date('2026-03-12T09:30:00Z');

const firstNames = [
  'Zoë',
  'Łukasz',
  'Søren',
  'Đặng',
  'Иван',
  'Γιώργος',
  'Małgorzata',
  'José',
  'Ærling',
  'Ingrid',
];
const lastNames = [
  'Müller',
  'Ærøskøbing',
  'Петрова',
  'Παπαδόπουλος',
  'Nguyễn',
  'Łęcka',
  'Ólafsson',
  'Dvořák',
  'Smith',
  'Ó Briain',
];

/** Invoices that differ in customer, number and so in the glyphs they print, as a month's batch would. */
const distinctInvoices = (count: number): InvoiceDocument[] =>
  Array.from({ length: count }, (_, index) =>
    sampleInvoice({
      number: `INV-2026-${String(index + 1).padStart(5, '0')}`,
      buyerName: `${firstNames[index % 10]} ${lastNames[Math.floor(index / 10) % 10]} ${index % 3 === 0 ? 'GmbH' : 'Ltd'} ${index}`,
      lines: 1 + (index % 6),
    }),
  );

const pdfLibSamples = async (doc: InvoiceDocument) => {
  const pages = (await PDFDocument.load(await renderInvoicePdf(doc, { createdAt }))).getPageCount();
  if (pages !== 1) throw new Error(`The benchmark's invoice should fit one page, not ${pages}`);
  const runs = Array.from({ length: warmUp + measured }, () => doc);
  return timeEach(runs, (each) => renderInvoicePdf(each, { createdAt }), warmUp);
};

/** The same document printed by a warm headless Chromium: one browser, one reused page. */
const chromiumSamples = async (doc: InvoiceDocument) => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    const html = invoiceHtml(doc);
    const runs = Array.from({ length: chromiumWarmUp + chromiumMeasured }, () => html);
    return await timeEach(
      runs,
      async (each) => {
        await page.setContent(each);
        await page.pdf({ format: doc.branding.paper, printBackground: true });
      },
      chromiumWarmUp,
    );
  } finally {
    await browser.close();
  }
};

/** A batch export: distinct invoices rendered and written to a folder one after another. */
const batchMs = async (docs: InvoiceDocument[]) => {
  const folder = mkdtempSync(join(tmpdir(), 'lumenbase-bench-pdf-'));
  try {
    const started = performance.now();
    for (const doc of docs)
      writeFileSync(join(folder, invoicePdfFileName(doc)), await renderInvoicePdf(doc, { createdAt }));
    return performance.now() - started;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
};

const recordRender = (ctx: BenchContext, samples: number[], chromiumMs: number) => {
  const { p50, p95, count } = summarize(samples);
  const note = `one-page invoice, DejaVu Sans subset embedded, ${count} warm renders`;
  ctx.figures.record({ name: 'pdf.invoice.p50', value: p50, unit: 'ms', goal: renderGoalMs, note });
  ctx.figures.record({ name: 'pdf.invoice.p95', value: p95, unit: 'ms', goal: null, note });
  ctx.figures.record({
    name: 'pdf.invoice-chromium.p50',
    value: chromiumMs,
    unit: 'ms',
    goal: null,
    note: `same invoice as HTML, setContent + page.pdf() in a warm Chromium, ${chromiumMeasured} runs`,
  });
  const ratio = chromiumMs / p50;
  ctx.figures.record({
    name: 'pdf.invoice-chromium-ratio',
    value: ratio,
    unit: 'count',
    goal: null,
    note: `Chromium median / pdf-lib median; higher is better, goal >= ${ratioGoal}: ${ratio >= ratioGoal ? 'ok' : 'MISSED'}`,
  });
};

/** Invoice PDFs: one warm render, the same in Chromium for scale, and a batch of a thousand. */
export const invoicePdfSuite: Suite = {
  name: 'invoice pdf',
  run: async (ctx) => {
    const doc = sampleInvoice();
    const samples = await pdfLibSamples(doc);
    ctx.progress('printing the same invoice with Chromium');
    const chromiumMs = median(await chromiumSamples(doc));
    recordRender(ctx, samples, chromiumMs);

    ctx.progress(`rendering a batch of ${batchSize} invoices`);
    const total = await batchMs(distinctInvoices(batchSize));
    const note = `${batchSize} distinct invoices (1-6 lines, different customers) rendered and written to a folder`;
    ctx.figures.record({ name: 'pdf.batch-1000.total', value: total, unit: 'ms', goal: null, note });
    ctx.figures.record({
      name: 'pdf.batch-1000.per-pdf',
      value: total / batchSize,
      unit: 'ms',
      goal: null,
      note,
    });
  },
};
