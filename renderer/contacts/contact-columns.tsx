import { type ContactRow, contactDisplayName } from '../../shared/contacts';
import { nameColumn, tagsColumn, textColumn } from '../lists/columns';
import type { Column } from '../lists/RecordList';

export const contactPath = (contact: { id: number }) => `/contacts/${contact.id}`;

export const contactColumns: Column<ContactRow>[] = [
  nameColumn<ContactRow>({
    minWidth: 190,
    grow: 1.8,
    path: contactPath,
    name: contactDisplayName,
    shape: 'person',
  }),
  textColumn({ key: 'title', header: 'Job title', minWidth: 120, grow: 1.3, text: (row) => row.title }),
  textColumn({ key: 'company', header: 'Company', minWidth: 120, grow: 1.3, text: (row) => row.companyName }),
  textColumn({
    key: 'email',
    header: 'Email',
    minWidth: 160,
    grow: 1.6,
    text: (row) => row.email,
    dimmed: true,
  }),
  textColumn({
    key: 'phone',
    header: 'Phone',
    minWidth: 140,
    grow: 1.1,
    text: (row) => row.phone,
    dimmed: true,
    numeric: true,
  }),
  tagsColumn(1.2),
];
