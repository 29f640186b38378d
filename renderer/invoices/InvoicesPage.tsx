import { Button, CloseButton, Group, Text } from '@mantine/core';
import { IconCircleCheck, IconFileDownload, IconFileInvoice, IconPlus } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { InvoiceRow } from '../../shared/invoices';
import { formatCount } from '../lib/format';
import { invoke } from '../lib/rpc';
import { type Choice, ListToolbar } from '../lists/ListToolbar';
import { RecordList } from '../lists/RecordList';
import { usePagedRows } from '../lists/use-paged-rows';
import { EmptyList, NoMatches } from '../records/EmptyList';
import { Page } from '../shell/Page';
import { PageHeader } from '../shell/PageHeader';
import { CurrencyTotals } from './CurrencyTotals';
import { InvoiceFilters } from './InvoiceFilters';
import { invoiceColumns } from './invoice-columns';
import { statusLabels } from './invoice-labels';
import { invoicePath } from './invoice-queries';
import { PdfExportDialog } from './PdfExportDialog';
import { useCreateInvoice } from './use-create-invoice';
import { type InvoiceFilter, listInput, type StatusFilter, useInvoiceFilter } from './use-invoice-filter';
import { useInvoiceSelection } from './use-invoice-selection';
import { usePdfExport } from './use-pdf-export';

const statuses: Choice<StatusFilter>[] = [
  { value: 'all', label: 'All' },
  { value: 'open', label: 'Open' },
  { value: 'overdue', label: 'Overdue' },
  { value: 'draft', label: 'Drafts' },
  { value: 'issued', label: statusLabels.issued },
  { value: 'partially_paid', label: statusLabels.partially_paid },
  { value: 'paid', label: statusLabels.paid },
  { value: 'void', label: statusLabels.void },
  { value: 'credit_note', label: 'Credit notes' },
];

const noMatchText = (filter: InvoiceFilter) => {
  const status = statuses.find((choice) => choice.value === filter.status)?.label.toLowerCase() ?? 'all';
  const among =
    filter.status === 'all'
      ? 'any invoice'
      : filter.status === 'credit_note'
        ? 'the credit notes'
        : `the ${status} invoices`;
  return filter.query
    ? `Nothing matches “${filter.query}” among ${among}.`
    : `No invoice matches these filters.`;
};

export const InvoicesPage = () => {
  const { filter, narrowed, setFilter, clear } = useInvoiceFilter();
  const input = listInput(filter);
  const rows = usePagedRows<InvoiceRow>({
    queryKey: ['invoices', 'list', input],
    fetchPage: (offset, limit) => invoke('invoices.list', { ...input, offset, limit }),
  });
  const { sort, direction, ...matching } = input;
  const totals = useQuery({
    queryKey: ['invoices', 'totals', matching],
    queryFn: () => invoke('invoices.list', { ...matching, limit: 1 }),
    placeholderData: keepPreviousData,
  });
  const selection = useInvoiceSelection(filter, rows.total);
  const pdfs = usePdfExport();
  const create = useCreateInvoice(() => invoke('invoices.create', {}));
  const firstRun = rows.total === 0 && filter.status === 'all' && filter.query === '' && !narrowed;
  const newButton = (
    <Button
      leftSection={<IconPlus size={16} aria-hidden />}
      loading={create.isPending}
      onClick={() => create.mutate()}
    >
      New invoice
    </Button>
  );

  return (
    <Page fill>
      <PageHeader
        title="Invoices"
        actions={
          !firstRun && (
            <>
              {selection.ids.length > 0 && (
                <Group gap={2} wrap="nowrap">
                  <Text size="sm" c="dimmed" className="lb-numeric">
                    {formatCount(selection.ids.length, 'invoice')} selected
                  </Text>
                  <CloseButton size="sm" aria-label="Clear selection" onClick={selection.clear} />
                </Group>
              )}
              <Button
                variant="default"
                leftSection={<IconFileDownload size={16} aria-hidden />}
                disabled={selection.ids.length === 0}
                title={selection.ids.length === 0 ? 'Tick the invoices to export first' : undefined}
                onClick={() => void pdfs.start(selection.ids)}
              >
                Export PDFs
              </Button>
              {newButton}
            </>
          )
        }
      />
      <ListToolbar
        search={{
          plural: 'invoices',
          query: filter.query,
          onSearch: (query) => setFilter({ query }),
          width: 260,
        }}
        filter={{
          label: 'Status',
          data: statuses,
          value: filter.status,
          onChange: (status) => setFilter({ status }),
        }}
        count={{ total: rows.total, noun: 'invoice' }}
      />
      <InvoiceFilters filter={filter} narrowed={narrowed} onChange={setFilter} onClear={clear} />
      <CurrencyTotals totals={totals.data?.totals ?? []} />
      <RecordList
        label="Invoices"
        columns={[
          selection.column,
          ...invoiceColumns({ filter, onSort: (sort, direction) => setFilter({ sort, direction }) }),
        ]}
        rows={rows}
        hrefOf={invoicePath}
        resetKey={JSON.stringify(input)}
        empty={
          firstRun ? (
            <EmptyList
              icon={IconFileInvoice}
              title="No invoices yet"
              description="Invoice a won deal from its page, an account from its page, or start a blank invoice here. Drafts get their number when you issue them."
              action={newButton}
            />
          ) : filter.status === 'overdue' && filter.query === '' && !narrowed ? (
            <EmptyList
              icon={IconCircleCheck}
              title="Nothing is overdue"
              description="Every issued invoice is paid or still within its payment terms."
              action={
                <Button variant="default" onClick={() => setFilter({ status: 'all' })}>
                  Show all invoices
                </Button>
              }
            />
          ) : (
            <NoMatches plural="invoices" description={noMatchText(filter)} onClear={clear} />
          )
        }
      />
      <PdfExportDialog
        run={pdfs.run}
        onCancel={pdfs.cancel}
        onClose={() => {
          pdfs.dismiss();
          selection.clear();
        }}
      />
    </Page>
  );
};
