import { Alert, Box, Button, Skeleton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type CSSProperties, type MouseEvent, type ReactNode, useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../lib/rpc';
import type { PagedRows } from './use-paged-rows';

export interface Column<Row> {
  key: string;
  /** Usually its name; a sortable column puts its sort button here. */
  header: ReactNode;
  /** Set on the column the list is sorted by, for assistive technology. */
  sorted?: 'ascending' | 'descending';
  /** Narrowest the column gets, in pixels; below the sum of these the list scrolls sideways. */
  minWidth: number;
  /** Share of the remaining width, like a flex-grow factor. */
  grow: number;
  align?: 'right';
  render: (row: Row) => ReactNode;
}

interface RecordListProps<Row extends { id: number }> {
  label: string;
  columns: Column<Row>[];
  rows: PagedRows<Row>;
  hrefOf: (row: Row) => string;
  empty: ReactNode;
  /** When this changes (a new filter), the list starts again from the top. */
  resetKey: string;
  initialOffset?: number;
  onLeave?: (scrollOffset: number) => void;
  /** Embedded lists grow with their rows up to this height; page lists fill their parent. */
  maxHeight?: number;
}

const rowHeight = 44;
const headerHeight = 36;
const loadingRows = 8;

const cellStyle = (align?: 'right'): CSSProperties => ({
  padding: '0 12px',
  minWidth: 0,
  display: 'flex',
  alignItems: 'center',
  justifyContent: align === 'right' ? 'flex-end' : 'flex-start',
});

/**
 * One virtualised table for every record list: only the rows on screen exist in the DOM, and the pages
 * holding them are fetched as the viewport moves, so 100,000 rows scroll as smoothly as 10.
 */
export const RecordList = <Row extends { id: number }>(props: RecordListProps<Row>) => {
  const { label, columns, rows, hrefOf, empty, resetKey, initialOffset = 0, onLeave, maxHeight } = props;
  const navigate = useNavigate();
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = rows.total ?? (rows.error ? 0 : loadingRows);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    scrollMargin: headerHeight,
    initialOffset,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  const { showRows } = rows;
  useEffect(() => showRows(first, last), [showRows, first, last]);

  const shownKey = useRef(resetKey);
  useEffect(() => {
    if (shownKey.current === resetKey) return;
    shownKey.current = resetKey;
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resetKey]);

  const leave = useRef(onLeave);
  leave.current = onLeave;
  useEffect(() => () => leave.current?.(virtualizer.scrollOffset ?? 0), [virtualizer]);

  if (rows.total === 0) return <>{empty}</>;

  const grid: CSSProperties = {
    display: 'grid',
    gridTemplateColumns: columns.map((column) => `minmax(${column.minWidth}px, ${column.grow}fr)`).join(' '),
    minWidth: columns.reduce((sum, column) => sum + column.minWidth, 0),
  };
  const openRow = (event: MouseEvent, row: Row) => {
    if ((event.target as HTMLElement).closest('a, button')) return;
    navigate(hrefOf(row));
  };

  return (
    <>
      {rows.error && (
        <Alert color="red" variant="light" mb="sm" title="Could not load this list">
          {errorMessage(rows.error)}{' '}
          <Button variant="subtle" size="compact-sm" onClick={rows.retry}>
            Try again
          </Button>
        </Alert>
      )}
      <Box
        ref={scrollRef}
        role="table"
        aria-label={label}
        aria-rowcount={rows.total === undefined ? -1 : rows.total + 1}
        aria-busy={rows.total === undefined}
        style={{
          flex: maxHeight ? undefined : 1,
          minHeight: 0,
          maxHeight,
          overflow: 'auto',
          border: '1px solid var(--lb-border)',
          borderRadius: 'var(--mantine-radius-md)',
          overscrollBehavior: 'contain',
        }}
      >
        <Box
          role="row"
          aria-rowindex={1}
          style={{
            ...grid,
            height: headerHeight,
            position: 'sticky',
            top: 0,
            zIndex: 1,
            background: 'var(--lb-surface)',
            borderBottom: '1px solid var(--lb-border)',
          }}
        >
          {columns.map((column) => (
            <Box
              key={column.key}
              role="columnheader"
              aria-sort={column.sorted}
              fz="xs"
              fw={600}
              c="dimmed"
              style={{ ...cellStyle(column.align), textTransform: 'uppercase', letterSpacing: 0.4 }}
            >
              {column.header}
            </Box>
          ))}
        </Box>
        <Box role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rows.total === undefined ? undefined : rows.rowAt(item.index);
            const position: CSSProperties = {
              ...grid,
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              height: rowHeight,
              transform: `translateY(${item.start - headerHeight}px)`,
            };
            if (!row) {
              return (
                <Box key={item.key} role="row" aria-rowindex={item.index + 2} aria-busy style={position}>
                  {columns.map((column) => (
                    <Box key={column.key} role="cell" style={cellStyle(column.align)}>
                      <Skeleton height={10} width="70%" radius="sm" />
                    </Box>
                  ))}
                </Box>
              );
            }
            return (
              <Box
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                className="lb-row"
                style={position}
                onClick={(event) => openRow(event, row)}
              >
                {columns.map((column) => (
                  <Box key={column.key} role="cell" fz="sm" style={cellStyle(column.align)}>
                    {column.render(row)}
                  </Box>
                ))}
              </Box>
            );
          })}
        </Box>
      </Box>
    </>
  );
};
