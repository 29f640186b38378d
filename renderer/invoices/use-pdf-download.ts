import { useMutation } from '@tanstack/react-query';
import { downloadFile } from '../exports/download-file';
import { invoke } from '../lib/rpc';
import { notifyFailure } from '../records/notices';

const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));

/**
 * Downloads one invoice's (or estimate's) PDF; `before` runs first (a draft saves what is typed, so the PDF
 * shows it).
 */
export const usePdfDownload = (
  id: number,
  before?: () => Promise<boolean>,
  channel: 'invoices.exportPdf' | 'estimates.exportPdf' = 'invoices.exportPdf',
) =>
  useMutation({
    mutationFn: async () => {
      if (before && !(await before())) return null;
      return invoke(channel, { id });
    },
    onSuccess: (pdf) => {
      if (pdf) downloadFile(pdf.fileName, bytesOf(pdf.base64), 'application/pdf');
    },
    onError: (error) => notifyFailure('Could not export the PDF', error),
  });
