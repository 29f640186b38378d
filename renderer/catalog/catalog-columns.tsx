import { ActionIcon, Badge, Group, Tooltip } from '@mantine/core';
import { IconArchive, IconArchiveOff } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { CatalogItem } from '../../shared/catalog';
import { formatMoney } from '../../shared/money';
import type { TaxRateRecord } from '../../shared/tax-rates';
import { textColumn } from '../lists/columns';
import type { Column } from '../lists/RecordList';
import { rateNameOf } from '../tax-rates/tax-rate-queries';
import { archiveCatalogItem, catalogEditPath, restoreCatalogItem, unitText } from './catalog-queries';

const ArchiveToggle = ({ item }: { item: CatalogItem }) => {
  const client = useQueryClient();
  const action = item.archived ? 'Restore' : 'Archive';
  return (
    <Tooltip label={action} withArrow openDelay={300}>
      <ActionIcon
        variant="subtle"
        color="gray"
        aria-label={`${action} ${item.name}`}
        onClick={() =>
          void (item.archived ? restoreCatalogItem(client, item) : archiveCatalogItem(client, item))
        }
      >
        {item.archived ? <IconArchiveOff size={16} aria-hidden /> : <IconArchive size={16} aria-hidden />}
      </ActionIcon>
    </Tooltip>
  );
};

/** The catalog's columns; the tax rate shows by name, so the workspace's rates are passed in. */
export const catalogColumns = (rates: readonly TaxRateRecord[] | undefined): Column<CatalogItem>[] => [
  {
    key: 'name',
    header: 'Name',
    minWidth: 220,
    grow: 2,
    // No avatar: initials of a service name ("R(" for "Retainer (US)") say nothing.
    render: (item) => (
      <Group gap={8} wrap="nowrap" style={{ minWidth: 0 }}>
        <Link to={catalogEditPath(item)} className="lb-row-link lb-truncate">
          {item.name}
        </Link>
        {item.archived && (
          <Badge size="xs" variant="light" color="yellow" style={{ flexShrink: 0 }}>
            Archived
          </Badge>
        )}
      </Group>
    ),
  },
  textColumn({
    key: 'description',
    header: 'Description',
    minWidth: 160,
    grow: 2,
    text: (item) => item.description,
    dimmed: true,
  }),
  textColumn({ key: 'unit', header: 'Unit', minWidth: 90, grow: 0.6, text: unitText }),
  textColumn({
    key: 'price',
    header: 'Unit price',
    minWidth: 120,
    grow: 0.8,
    align: 'right',
    text: (item) => formatMoney({ minor: item.unitPriceMinor, currency: item.currency }),
    numeric: true,
  }),
  textColumn({
    key: 'tax',
    header: 'Tax rate',
    minWidth: 150,
    grow: 1,
    text: (item) => rateNameOf(rates, item.taxRateId),
  }),
  {
    key: 'actions',
    header: '',
    minWidth: 56,
    grow: 0,
    align: 'right',
    render: (item) => <ArchiveToggle item={item} />,
  },
];
