import type { CompanyRow } from '../../shared/companies';
import { formatNumber } from '../lib/format';
import { nameColumn, tagsColumn, textColumn } from '../lists/columns';
import type { Column } from '../lists/RecordList';

export const companyPath = (company: { id: number }) => `/companies/${company.id}`;

export const companyColumns: Column<CompanyRow>[] = [
  nameColumn<CompanyRow>({
    minWidth: 220,
    grow: 2,
    path: companyPath,
    name: (row) => row.name,
    shape: 'organisation',
  }),
  textColumn({ key: 'industry', header: 'Industry', minWidth: 130, grow: 1.2, text: (row) => row.industry }),
  textColumn({
    key: 'website',
    header: 'Website',
    minWidth: 150,
    grow: 1.4,
    text: (row) => row.website,
    dimmed: true,
  }),
  textColumn({
    key: 'location',
    header: 'Location',
    minWidth: 130,
    grow: 1.2,
    text: (row) => [row.city, row.country].filter(Boolean).join(', '),
  }),
  textColumn({
    key: 'contacts',
    header: 'Contacts',
    minWidth: 90,
    grow: 0.6,
    align: 'right',
    text: (row) => formatNumber(row.contactCount),
    numeric: true,
  }),
  tagsColumn(1.1),
];
