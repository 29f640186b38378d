import { Button, Group } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { Link } from 'react-router';
import { type ListName, useUiStore } from '../shell/ui-store';
import { ExportCsvButton } from './ExportCsvButton';

interface ListCsvActionsProps {
  list: ListName;
  noun: string;
  plural: string;
  total: number | undefined;
}

/** Import into this list, or export exactly what the list shows now (its search, status and sort). */
export const ListCsvActions = ({ list, noun, plural, total }: ListCsvActionsProps) => {
  const view = useUiStore((state) => state.lists[list]);
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
      <ExportCsvButton
        input={{ kind: list, filter: { query: view.query, status: view.status, sort: view.sort } }}
        noun={noun}
        plural={plural}
        total={total}
      />
    </Group>
  );
};
