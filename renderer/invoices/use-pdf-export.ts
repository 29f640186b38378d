import { useCallback, useEffect, useRef, useState } from 'react';
import type { PdfExportJob, PdfExportProgress } from '../../shared/invoices';
import { invoke, onAppEvent } from '../lib/rpc';

export type ExportRun =
  | { phase: 'starting'; total: number }
  | { phase: 'running' | 'done'; job: PdfExportJob; progress: PdfExportProgress }
  | { phase: 'refused'; message: string };

const ended = (progress: PdfExportProgress) => progress.state !== 'running';

/** Events can arrive out of order over SSE; a later count or a final state wins, never an older one. */
export const newer = (current: PdfExportProgress | undefined, next: PdfExportProgress) =>
  !current || ended(next) || (!ended(current) && next.done >= current.done) ? next : current;

/**
 * A batch PDF export followed through its invoices.exportProgress events. The job id only arrives with
 * the answer, and the first events may come before it, so events are kept per job until it is known.
 */
export const usePdfExport = () => {
  const [run, setRun] = useState<ExportRun | null>(null);
  const seen = useRef(new Map<string, PdfExportProgress>());
  const watched = useRef<PdfExportJob | null>(null);

  useEffect(
    () =>
      onAppEvent((event) => {
        if (event.name !== 'invoices.exportProgress') return;
        const progress = newer(seen.current.get(event.payload.jobId), event.payload);
        seen.current.set(progress.jobId, progress);
        const job = watched.current;
        if (job?.jobId === progress.jobId)
          setRun({ phase: ended(progress) ? 'done' : 'running', job, progress });
      }),
    [],
  );

  const start = useCallback(async (ids: number[]) => {
    seen.current.clear();
    setRun({ phase: 'starting', total: ids.length });
    try {
      const job = await invoke('invoices.exportPdfs', { ids });
      watched.current = job;
      const progress = seen.current.get(job.jobId) ?? {
        jobId: job.jobId,
        done: 0,
        total: job.total,
        state: 'running',
      };
      setRun({ phase: ended(progress) ? 'done' : 'running', job, progress });
    } catch (error) {
      setRun({ phase: 'refused', message: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  const cancel = useCallback(async () => {
    const job = watched.current;
    if (job) await invoke('invoices.cancelExport', { jobId: job.jobId });
  }, []);

  const dismiss = useCallback(() => {
    watched.current = null;
    setRun(null);
  }, []);

  return { run, start, cancel, dismiss };
};
