import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { DirectoryKind } from '../../shared/workspace';
import { archiveRecord, restoreRecord } from './record-actions';

/** Archive and restore for a detail page, with a busy flag for the buttons. */
export const useArchiveToggle = (kind: DirectoryKind, id: number, name: string) => {
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };
  return {
    busy,
    archive: () => run(() => archiveRecord(client, kind, id, name)),
    restore: () => run(() => restoreRecord(client, kind, id)),
  };
};
