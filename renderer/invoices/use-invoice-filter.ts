import { useSearchParams } from 'react-router';
import { invoiceListFilters, invoiceSortKeys } from '../../shared/invoices';
import { idParam } from '../records/RecordRoute';

export type StatusFilter = (typeof invoiceListFilters)[number];
export type InvoiceSort = (typeof invoiceSortKeys)[number];

export interface InvoiceFilter {
  status: StatusFilter;
  accountId: number | null;
  currency: string | null;
  issuedFrom: string | null;
  issuedTo: string | null;
  query: string;
  sort: InvoiceSort;
  direction: 'asc' | 'desc';
}

const oneOf = <Value extends string>(values: readonly Value[], value: string | null, fallback: Value) =>
  values.find((candidate) => candidate === value) ?? fallback;

const dateParam = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null);

const read = (params: URLSearchParams): InvoiceFilter => ({
  status: oneOf(invoiceListFilters, params.get('status'), 'all'),
  accountId: idParam(params.get('account')),
  currency: /^[A-Z]{3}$/.test(params.get('currency') ?? '') ? params.get('currency') : null,
  issuedFrom: dateParam(params.get('from')),
  issuedTo: dateParam(params.get('to')),
  query: params.get('q') ?? '',
  sort: oneOf(invoiceSortKeys, params.get('sort'), 'issueDate'),
  direction: params.get('dir') === 'asc' ? 'asc' : 'desc',
});

const paramNames: Record<keyof InvoiceFilter, string> = {
  status: 'status',
  accountId: 'account',
  currency: 'currency',
  issuedFrom: 'from',
  issuedTo: 'to',
  query: 'q',
  sort: 'sort',
  direction: 'dir',
};

const defaults: InvoiceFilter = read(new URLSearchParams());

/**
 * The list's filter lives in the address (#/invoices?status=overdue), so the sidebar's overdue badge
 * and the back button both land on exactly the list that was shown.
 */
export const useInvoiceFilter = () => {
  const [params, setParams] = useSearchParams();
  const filter = read(params);
  const write = (next: InvoiceFilter) => {
    const written = new URLSearchParams();
    for (const key of Object.keys(paramNames) as (keyof InvoiceFilter)[]) {
      const value = next[key];
      if (value !== null && value !== defaults[key]) written.set(paramNames[key], String(value));
    }
    setParams(written, { replace: true });
  };
  return {
    filter,
    /** Filters other than the default status, search and sort: what "Clear filters" takes away. */
    narrowed:
      filter.accountId !== null ||
      filter.currency !== null ||
      filter.issuedFrom !== null ||
      filter.issuedTo !== null,
    setFilter: (change: Partial<InvoiceFilter>) => write({ ...filter, ...change }),
    clear: () => write({ ...defaults, sort: filter.sort, direction: filter.direction }),
  };
};

/** The filter as the list channel takes it. */
export const listInput = (filter: InvoiceFilter) => ({
  status: filter.status,
  query: filter.query,
  sort: filter.sort,
  direction: filter.direction,
  ...(filter.accountId === null ? {} : { accountId: filter.accountId }),
  ...(filter.currency === null ? {} : { currency: filter.currency }),
  ...(filter.issuedFrom === null ? {} : { issuedFrom: filter.issuedFrom }),
  ...(filter.issuedTo === null ? {} : { issuedTo: filter.issuedTo }),
});
