import type { CompanyRow } from '../../shared/companies';
import { formatNumber } from '../lib/format';
import { CellText } from '../lists/CellText';
import type { Column } from '../lists/RecordList';
import { RowLink } from '../records/RowLink';
import { TagList } from '../records/TagList';

export const companyPath = (company: { id: number }) => `/companies/${company.id}`;

export const companyColumns: Column<CompanyRow>[] = [
  {
    key: 'name',
    header: 'Name',
    minWidth: 220,
    grow: 2,
    render: (row) => (
      <RowLink
        to={companyPath(row)}
        name={row.name}
        archived={row.archivedAt !== null}
        shape="organisation"
      />
    ),
  },
  {
    key: 'industry',
    header: 'Industry',
    minWidth: 130,
    grow: 1.2,
    render: (row) => <CellText>{row.industry}</CellText>,
  },
  {
    key: 'website',
    header: 'Website',
    minWidth: 150,
    grow: 1.4,
    render: (row) => <CellText dimmed>{row.website}</CellText>,
  },
  {
    key: 'location',
    header: 'Location',
    minWidth: 130,
    grow: 1.2,
    render: (row) => <CellText>{[row.city, row.country].filter(Boolean).join(', ')}</CellText>,
  },
  {
    key: 'contacts',
    header: 'Contacts',
    minWidth: 90,
    grow: 0.6,
    align: 'right',
    render: (row) => <CellText numeric>{formatNumber(row.contactCount)}</CellText>,
  },
  {
    key: 'tags',
    header: 'Tags',
    minWidth: 120,
    grow: 1.1,
    render: (row) => <TagList tags={row.tags} max={2} />,
  },
];
