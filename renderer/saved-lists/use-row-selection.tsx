import { Box, Checkbox } from '@mantine/core';
import { useState } from 'react';
import type { Column } from '../lists/RecordList';
import { type ListName, useUiStore } from '../shell/ui-store';

export interface RowSelection<Row> {
  /** A leading checkbox column for the list's table. */
  column: Column<Row>;
  ids: number[];
  clear: () => void;
}

/**
 * Rows picked by checkbox on a record list screen. The picks belong to one filter: searching for
 * something else starts again, so no hidden rows stay selected.
 */
export const useRowSelection = <Row extends { id: number }>(
  list: ListName,
  nameOf: (row: Row) => string,
): RowSelection<Row> => {
  const view = useUiStore((state) => state.lists[list]);
  const filterKey = `${view.query}\u0000${view.status}`;
  const [picked, setPicked] = useState({ filterKey, ids: new Set<number>() });
  const ids = picked.filterKey === filterKey ? picked.ids : new Set<number>();

  const toggle = (id: number, on: boolean) => {
    const next = new Set(ids);
    if (on) next.add(id);
    else next.delete(id);
    setPicked({ filterKey, ids: next });
  };

  return {
    column: {
      key: 'select',
      header: '',
      minWidth: 44,
      grow: 0,
      render: (row) => (
        // The row opens its record on click; ticking the box must not.
        <Box onClick={(event) => event.stopPropagation()} style={{ display: 'flex' }}>
          <Checkbox
            aria-label={`Select ${nameOf(row)}`}
            checked={ids.has(row.id)}
            onChange={(event) => toggle(row.id, event.currentTarget.checked)}
            size="sm"
          />
        </Box>
      ),
    },
    ids: [...ids],
    clear: () => setPicked({ filterKey, ids: new Set() }),
  };
};
