import { useQueries } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from '../../shared/fields';

const pageSize = 100;

export interface PagedRows<Row> {
  /** Rows matching the filter on the server; undefined until the first page answers. */
  total: number | undefined;
  rowAt: (index: number) => Row | undefined;
  error: Error | null;
  retry: () => void;
  /** Tells the hook which rows are on screen so it fetches just the pages that hold them. */
  showRows: (first: number, last: number) => void;
}

interface PagedRowsOptions<Row> {
  queryKey: readonly unknown[];
  fetchPage: (offset: number, limit: number) => Promise<Page<Row>>;
}

const pagesBetween = (first: number, last: number) =>
  Array.from({ length: last - first + 1 }, (_, index) => first + index);

/**
 * A server list read in pages of `pageSize` rows as the viewport moves. Pages are cached by react-query
 * under `[...queryKey, pageNumber]`, so scrolling back is instant and a change event refreshes them all.
 */
export const usePagedRows = <Row>({ queryKey, fetchPage }: PagedRowsOptions<Row>): PagedRows<Row> => {
  const listKey = JSON.stringify(queryKey);
  const [shown, setShown] = useState({ listKey, first: 0, last: 0 });
  const visible = shown.listKey === listKey ? shown : { listKey, first: 0, last: 0 };
  const pageNumbers = pagesBetween(visible.first, visible.last);

  const results = useQueries({
    queries: pageNumbers.map((page) => ({
      queryKey: [...queryKey, page],
      queryFn: () => fetchPage(page * pageSize, pageSize),
      // While a new filter's page loads, keep the same page of the old filter on screen instead of a flash.
      placeholderData: (previous: Page<Row> | undefined, previousQuery?: { queryKey: readonly unknown[] }) =>
        previousQuery?.queryKey.at(-1) === page ? previous : undefined,
    })),
  });

  // Pages just scrolled to have no data yet; the list keeps its length meanwhile instead of collapsing.
  const known = useRef<{ listKey: string; total: number }>(undefined);
  const answered = results.find((result) => result.data)?.data?.total;
  if (answered !== undefined) known.current = { listKey, total: answered };
  const total = answered ?? (known.current?.listKey === listKey ? known.current.total : undefined);
  const error = results.find((result) => result.error)?.error ?? null;

  const rowAt = (index: number) => {
    const position = pageNumbers.indexOf(Math.floor(index / pageSize));
    return results[position]?.data?.rows[index % pageSize];
  };

  const shownNow = useRef(visible);
  shownNow.current = visible;
  const jumpTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(jumpTimer.current), []);

  const showRows = useCallback(
    (firstRow: number, lastRow: number) => {
      const first = Math.floor(Math.max(firstRow, 0) / pageSize);
      const last = Math.max(first, Math.floor(Math.max(lastRow, 0) / pageSize));
      const current = shownNow.current;
      clearTimeout(jumpTimer.current);
      if (current.first === first && current.last === last) return;
      const show = () => setShown({ listKey, first, last });
      // Scrolling row by row fetches the next page at once; a jump (dragging the scrollbar) waits until it
      // comes to rest, so the pages flown over are never requested.
      const adjacent = first <= current.last + 1 && last >= current.first - 1;
      if (adjacent) show();
      else jumpTimer.current = setTimeout(show, 120);
    },
    [listKey],
  );

  const retry = () => {
    for (const result of results) if (result.error) void result.refetch();
  };

  return { total, rowAt, error, retry, showRows };
};
