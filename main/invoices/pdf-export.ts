import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { PdfExportJob, PdfExportProgress } from '../../shared/invoices';
import type { AppContext } from '../app-context';
import { write } from '../db/write';
import { AppError } from '../ipc/app-error';
import { invoicePdfFileName } from '../pdf/invoice-pdf-file-name';
import { renderInvoicePdf } from '../pdf/render-invoice-pdf';
import { logInvoiceEvent } from './audit-log';
import { printableInvoice } from './printable';

export const exportPdf = async (
  ctx: AppContext,
  id: number,
): Promise<{ fileName: string; base64: string }> => {
  const doc = await printableInvoice(ctx.db, id);
  const bytes = await renderInvoicePdf(doc, { createdAt: ctx.clock() });
  const fileName = invoicePdfFileName(doc);
  await write(ctx, ['invoices'], (trx) =>
    logInvoiceEvent(trx, id, 'pdf_exported', { fileName }, ctx.clock().toISOString()),
  );
  return { fileName, base64: Buffer.from(bytes).toString('base64') };
};

/** Running batch exports by job id; a cancel flips the flag and the loop stops before the next file. */
const runningJobs = new Map<string, { cancelled: boolean }>();

/** Progress goes out every this many files or this many ms, whichever comes first, and once at the end. */
const progressEvery = { files: 25, ms: 100 };

/** Writes `bytes` under `name` in `folder` without replacing a file already there: "name (2).pdf" instead. */
const writeNewFile = async (folder: string, name: string, bytes: Uint8Array): Promise<string> => {
  const base = name.replace(/\.pdf$/, '');
  for (let copy = 1; ; copy++) {
    const candidate = copy === 1 ? name : `${base} (${copy}).pdf`;
    try {
      await writeFile(join(folder, candidate), bytes, { flag: 'wx' });
      return candidate;
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    }
  }
};

const runExport = async (ctx: AppContext, jobId: string, ids: readonly number[], folder: string) => {
  const job = runningJobs.get(jobId) as { cancelled: boolean };
  const total = ids.length;
  const emit = (done: number, state: PdfExportProgress['state'], message?: string) =>
    ctx.events.emit('invoices.exportProgress', {
      jobId,
      done,
      total,
      state,
      ...(message ? { message } : {}),
    });
  const written: { id: number; fileName: string }[] = [];
  const logWritten = async () => {
    const batch = written.splice(0);
    if (batch.length === 0) return;
    const at = ctx.clock().toISOString();
    await write(ctx, ['invoices'], async (trx) => {
      for (const { id, fileName } of batch)
        await logInvoiceEvent(trx, id, 'pdf_exported', { fileName, folder }, at);
    });
  };
  let done = 0;
  let reported = performance.now();
  try {
    for (const id of ids) {
      if (job.cancelled) break;
      const doc = await printableInvoice(ctx.db, id);
      const bytes = await renderInvoicePdf(doc, { createdAt: ctx.clock() });
      written.push({ id, fileName: await writeNewFile(folder, invoicePdfFileName(doc), bytes) });
      done++;
      if (done % progressEvery.files === 0 || performance.now() - reported >= progressEvery.ms) {
        await logWritten();
        emit(done, 'running');
        reported = performance.now();
      }
    }
    await logWritten();
    if (job.cancelled) emit(done, 'cancelled', `Stopped after ${done} of ${total} PDFs`);
    else emit(done, 'finished', `${done} PDFs written to ${folder}`);
  } catch (error) {
    await logWritten().catch(() => undefined);
    emit(
      done,
      'failed',
      `Stopped after ${done} of ${total} PDFs: ${error instanceof Error ? error.message : error}`,
    );
  } finally {
    runningJobs.delete(jobId);
  }
};

const defaultFolder = (ctx: AppContext) =>
  join(
    ctx.workspace.dataDir,
    'exports',
    `invoices-${ctx.clock().toISOString().slice(0, 19).replace(/:/g, '-')}`,
  );

/**
 * Starts writing each invoice's PDF into a folder and answers at once; `invoices.exportProgress` events
 * report how far it got, and `cancelExport` stops it between two files.
 */
export const exportPdfs = async (
  ctx: AppContext,
  { ids, folder }: { ids: number[]; folder?: string },
): Promise<PdfExportJob> => {
  if (folder !== undefined && !isAbsolute(folder)) {
    const message = 'Choose a full folder path, such as /home/you/Invoices';
    throw new AppError('invalid_input', message, { folder: message });
  }
  const wanted = [...new Set(ids)];
  const found = new Set(
    (await ctx.db.selectFrom('invoices').select('id').where('id', 'in', wanted).execute()).map(
      (row) => row.id,
    ),
  );
  const missing = wanted.find((id) => !found.has(id));
  if (missing !== undefined) throw new AppError('not_found', `Invoice ${missing} does not exist`);
  const target = folder ?? defaultFolder(ctx);
  try {
    await mkdir(target, { recursive: true });
  } catch (error) {
    const message = `Cannot create the folder: ${error instanceof Error ? error.message : error}`;
    throw new AppError('invalid_input', message, { folder: message });
  }
  const jobId = randomUUID();
  runningJobs.set(jobId, { cancelled: false });
  void runExport(ctx, jobId, wanted, target);
  return { jobId, folder: target, total: wanted.length };
};

export const cancelExport = (jobId: string): { cancelled: boolean } => {
  const job = runningJobs.get(jobId);
  if (job) job.cancelled = true;
  return { cancelled: job !== undefined };
};
