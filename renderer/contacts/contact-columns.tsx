import { type ContactRow, contactDisplayName } from '../../shared/contacts';
import { CellText } from '../lists/CellText';
import type { Column } from '../lists/RecordList';
import { RowLink } from '../records/RowLink';
import { TagList } from '../records/TagList';

export const contactPath = (contact: { id: number }) => `/contacts/${contact.id}`;

export const contactColumns: Column<ContactRow>[] = [
  {
    key: 'name',
    header: 'Name',
    minWidth: 190,
    grow: 1.8,
    render: (row) => (
      <RowLink
        to={contactPath(row)}
        name={contactDisplayName(row)}
        archived={row.archivedAt !== null}
        shape="person"
      />
    ),
  },
  {
    key: 'title',
    header: 'Job title',
    minWidth: 120,
    grow: 1.3,
    render: (row) => <CellText>{row.title}</CellText>,
  },
  {
    key: 'company',
    header: 'Company',
    minWidth: 120,
    grow: 1.3,
    render: (row) => <CellText>{row.companyName}</CellText>,
  },
  {
    key: 'email',
    header: 'Email',
    minWidth: 160,
    grow: 1.6,
    render: (row) => <CellText dimmed>{row.email}</CellText>,
  },
  {
    key: 'phone',
    header: 'Phone',
    minWidth: 140,
    grow: 1.1,
    render: (row) => (
      <CellText dimmed numeric>
        {row.phone}
      </CellText>
    ),
  },
  {
    key: 'tags',
    header: 'Tags',
    minWidth: 120,
    grow: 1.2,
    render: (row) => <TagList tags={row.tags} max={2} />,
  },
];
