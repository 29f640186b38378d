import { IconAddressBook } from '@tabler/icons-react';
import { type ContactRow, contactDisplayName } from '../../shared/contacts';
import { invoke } from '../lib/rpc';
import { RecordListPage } from '../lists/RecordListPage';
import { AddToListActions } from '../saved-lists/AddToListActions';
import { useRowSelection } from '../saved-lists/use-row-selection';
import { contactColumns, contactPath } from './contact-columns';

export const ContactsPage = () => {
  const selection = useRowSelection<ContactRow>('contacts', contactDisplayName);
  return (
    <RecordListPage
      list="contacts"
      title="Contacts"
      noun="contact"
      plural="contacts"
      icon={IconAddressBook}
      emptyHint="Add the people you work with: clients, prospects and partners. Everything stays on this computer."
      columns={[selection.column, ...contactColumns]}
      hrefOf={contactPath}
      fetchPage={(filter, offset, limit) => invoke('contacts.list', { ...filter, offset, limit })}
      actions={
        <AddToListActions
          kind="contacts"
          noun="contact"
          plural="contacts"
          selectedIds={selection.ids}
          clearSelection={selection.clear}
        />
      }
    />
  );
};
