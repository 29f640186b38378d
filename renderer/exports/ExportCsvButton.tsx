import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import type { ExportCsvInput } from '../../shared/exports';
import { formatCount } from '../lib/format';
import { invoke } from '../lib/rpc';
import { notifyFailure } from '../records/notices';
import { downloadText } from './download-file';

interface ExportCsvButtonProps {
  /** The list's kind and the filter it shows now; every matching row is exported, not only those loaded. */
  input: ExportCsvInput;
  noun: string;
  plural?: string;
  total: number | undefined;
}

/** Downloads exactly what a list shows (its search, filter and sort) as a CSV file that imports back. */
export const ExportCsvButton = ({ input, noun, plural, total }: ExportCsvButtonProps) => {
  const exportCsv = useMutation({
    mutationFn: () => invoke('exports.csv', input),
    onSuccess: ({ fileName, csv, rows }) => {
      downloadText(fileName, csv);
      notifications.show({
        color: 'teal',
        message: `Exported ${formatCount(rows, noun, plural)} to ${fileName}`,
      });
    },
    onError: (error) => notifyFailure('Could not export', error),
  });
  return (
    <Button
      variant="default"
      size="xs"
      h={36}
      leftSection={<IconDownload size={14} aria-hidden />}
      loading={exportCsv.isPending}
      disabled={total === 0}
      onClick={() => exportCsv.mutate()}
    >
      Export CSV
    </Button>
  );
};
