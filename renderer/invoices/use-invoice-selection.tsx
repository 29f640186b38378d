import { Box, Checkbox } from '@mantine/core';
import { useState } from 'react';
import type { InvoiceRow } from '../../shared/invoices';
import { invoke } from '../lib/rpc';
import type { Column } from '../lists/RecordList';
import { notifyFailure } from '../records/notices';
import { type InvoiceFilter, listInput } from './use-invoice-filter';

/** The export takes at most this many invoices at once (the channel's own limit). */
const selectionLimit = 10_000;
const idPage = 500;

const rowName = (row: InvoiceRow) =>
  row.number ?? `draft${row.customerName ? ` for ${row.customerName}` : ` of ${row.issueDate}`}`;

/** Every id the filter matches, read a page at a time. */
const matchingIds = async (filter: InvoiceFilter, total: number) => {
  const ids: number[] = [];
  for (let offset = 0; offset < Math.min(total, selectionLimit); offset += idPage) {
    const page = await invoke('invoices.list', { ...listInput(filter), offset, limit: idPage });
    ids.push(...page.rows.map((row) => row.id));
    if (page.rows.length < idPage) break;
  }
  return ids.slice(0, selectionLimit);
};

/**
 * Invoices ticked for a batch export. The ticks belong to one filter: filtering differently starts
 * again, so nothing hidden stays selected. The header box takes every invoice the filter matches.
 */
export const useInvoiceSelection = (filter: InvoiceFilter, total: number | undefined) => {
  const { sort, direction, ...matching } = filter;
  const filterKey = JSON.stringify(matching);
  const [picked, setPicked] = useState({ filterKey, ids: new Set<number>() });
  const [loadingAll, setLoadingAll] = useState(false);
  const ids = picked.filterKey === filterKey ? picked.ids : new Set<number>();
  const set = (next: Set<number>) => setPicked({ filterKey, ids: next });

  const toggle = (id: number, on: boolean) => {
    const next = new Set(ids);
    if (on) next.add(id);
    else next.delete(id);
    set(next);
  };
  const all = total !== undefined && total > 0 && ids.size >= Math.min(total, selectionLimit);
  const toggleAll = async () => {
    if (all || total === undefined) return set(new Set());
    setLoadingAll(true);
    try {
      set(new Set(await matchingIds(filter, total)));
    } catch (error) {
      notifyFailure('Could not select the invoices', error);
    } finally {
      setLoadingAll(false);
    }
  };

  const column: Column<InvoiceRow> = {
    key: 'select',
    header: (
      <Checkbox
        aria-label="Select every invoice in this list"
        checked={all}
        indeterminate={!all && ids.size > 0}
        disabled={loadingAll || !total}
        onChange={() => void toggleAll()}
        size="sm"
      />
    ),
    minWidth: 44,
    grow: 0,
    render: (row) => (
      // The row opens its invoice on click; ticking the box must not.
      <Box onClick={(event) => event.stopPropagation()} style={{ display: 'flex' }}>
        <Checkbox
          aria-label={`Select ${rowName(row)}`}
          checked={ids.has(row.id)}
          onChange={(event) => toggle(row.id, event.currentTarget.checked)}
          size="sm"
        />
      </Box>
    ),
  };
  return { column, ids: [...ids], clear: () => set(new Set()) };
};
