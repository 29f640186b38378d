import { type Icon, IconAddressBook, IconBuilding } from '@tabler/icons-react';
import type { CompanyRow } from '../../shared/companies';
import { type ContactRow, contactDisplayName } from '../../shared/contacts';
import type { ListMembers } from '../../shared/lists';
import type { DirectoryKind } from '../../shared/workspace';
import { companyColumns, companyPath } from '../companies/company-columns';
import { contactColumns, contactPath } from '../contacts/contact-columns';
import type { Column } from '../lists/RecordList';

/** How a list shows its members: the very columns and links of the contacts or companies screen. */
export interface MemberView<Row extends { id: number }> {
  kind: DirectoryKind;
  noun: string;
  plural: string;
  icon: Icon;
  columns: Column<Row>[];
  hrefOf: (row: Row) => string;
  nameOf: (row: Row) => string;
  /** The page's rows when they are of this kind (they always are for a list of this kind). */
  rowsOf: (page: ListMembers) => { rows: Row[]; total: number };
}

export const contactMembers: MemberView<ContactRow> = {
  kind: 'contacts',
  noun: 'contact',
  plural: 'contacts',
  icon: IconAddressBook,
  columns: contactColumns,
  hrefOf: contactPath,
  nameOf: contactDisplayName,
  rowsOf: (page) => (page.recordKind === 'contacts' ? page : { rows: [], total: 0 }),
};

export const companyMembers: MemberView<CompanyRow> = {
  kind: 'companies',
  noun: 'company',
  plural: 'companies',
  icon: IconBuilding,
  columns: companyColumns,
  hrefOf: companyPath,
  nameOf: (row) => row.name,
  rowsOf: (page) => (page.recordKind === 'companies' ? page : { rows: [], total: 0 }),
};
