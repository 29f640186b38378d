import { Button } from '@mantine/core';
import { IconPackage, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ArchiveFilter } from '../../shared/fields';
import { invoke } from '../lib/rpc';
import { type Choice, ListToolbar } from '../lists/ListToolbar';
import { RecordList } from '../lists/RecordList';
import { usePagedRows } from '../lists/use-paged-rows';
import { EmptyList, NoMatches } from '../records/EmptyList';
import { Page } from '../shell/Page';
import { PageHeader } from '../shell/PageHeader';
import { useTaxRates } from '../tax-rates/tax-rate-queries';
import { catalogColumns } from './catalog-columns';
import { catalogEditPath } from './catalog-queries';

const statuses: Choice<ArchiveFilter>[] = [
  { value: 'active', label: 'Active' },
  { value: 'archived', label: 'Archived' },
  { value: 'all', label: 'All' },
];

/** The services a consultant sells, priced once and picked on deals and invoices. */
export const CatalogPage = () => {
  const [archived, setArchived] = useState<ArchiveFilter>('active');
  const [query, setQuery] = useState('');
  const filter = { query, archived };
  const rows = usePagedRows({
    queryKey: ['catalog', 'list', filter],
    fetchPage: (offset, limit) => invoke('catalog.list', { ...filter, offset, limit }),
  });
  const rates = useTaxRates('all');
  const filtered = query !== '' || archived !== 'active';
  // One "New item" button at a time: the empty state carries it when there is nothing yet.
  const firstRun = rows.total === 0 && !filtered;
  const newButton = (
    <Button component={Link} to="/catalog/new" leftSection={<IconPlus size={16} aria-hidden />}>
      New item
    </Button>
  );

  return (
    <Page fill>
      <PageHeader
        title="Catalog"
        description="The services you sell, priced once and picked on deals and invoices."
        actions={firstRun ? undefined : newButton}
      />
      <ListToolbar
        search={{ plural: 'items', query, onSearch: setQuery, width: 280 }}
        filter={{ label: 'Status', data: statuses, value: archived, onChange: setArchived }}
        count={{ total: rows.total, noun: 'item' }}
      />
      <RecordList
        label="Catalog"
        columns={catalogColumns(rates.data)}
        rows={rows}
        hrefOf={catalogEditPath}
        resetKey={JSON.stringify(filter)}
        empty={
          firstRun ? (
            <EmptyList
              icon={IconPackage}
              title="Your catalog is empty"
              description="Add what you sell (a day rate, an hourly rate, a fixed-price package) once, with its price and tax rate; then pick it on deals and invoices instead of typing it again."
              action={newButton}
            />
          ) : (
            <NoMatches
              plural="items"
              description={
                query
                  ? `Nothing matches “${query}” among ${archived === 'all' ? 'all' : archived} items.`
                  : `There are no ${archived} items.`
              }
              onClear={() => {
                setQuery('');
                setArchived('active');
              }}
            />
          )
        }
      />
    </Page>
  );
};
