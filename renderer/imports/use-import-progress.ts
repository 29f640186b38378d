import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportProgress } from '../../shared/imports';
import { onAppEvent } from '../lib/rpc';

/**
 * Follows the imports.progress events of one run. Subscribed for as long as the page is open, so the
 * event stream is connected before the run starts and its first events are not missed.
 */
export const useImportProgress = () => {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const watched = useRef<string | null>(null);
  useEffect(
    () =>
      onAppEvent((event) => {
        if (event.name !== 'imports.progress' || event.payload.importId !== watched.current) return;
        const next = event.payload;
        setProgress((current) => (current && current.processed > next.processed ? current : next));
      }),
    [],
  );
  const watch = useCallback((importId: string | null) => {
    watched.current = importId;
    setProgress(null);
  }, []);
  return { progress, watch };
};

/** A fresh id per run, made here so progress events can be matched before the run answers. */
export const newImportId = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) => byte.toString(16).padStart(2, '0')).join(
    '',
  );
