import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatCount } from '../lib/format';
import { errorMessage, invoke } from '../lib/rpc';
import { type ListName, useUiStore } from '../shell/ui-store';
import { downloadText } from './download-file';

interface ListCsvActionsProps {
  list: ListName;
  noun: string;
  plural: string;
  total: number | undefined;
}

/** Import into this list, or export exactly what the list shows now (its search, status and sort). */
export const ListCsvActions = ({ list, noun, plural, total }: ListCsvActionsProps) => {
  const view = useUiStore((state) => state.lists[list]);
  const exportCsv = useMutation({
    mutationFn: () =>
      invoke('exports.csv', {
        kind: list,
        filter: { query: view.query, status: view.status, sort: view.sort },
      }),
    onSuccess: ({ fileName, csv, rows }) => {
      downloadText(fileName, csv);
      notifications.show({
        color: 'teal',
        message: `Exported ${formatCount(rows, noun, plural)} to ${fileName}`,
      });
    },
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: 'Could not export',
        message: errorMessage(error),
        autoClose: 8000,
      }),
  });
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        component={Link}
        to={`/import?kind=${list}`}
        variant="default"
        size="xs"
        h={36}
        leftSection={<IconUpload size={14} aria-hidden />}
      >
        Import CSV
      </Button>
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
    </Group>
  );
};
