import { IconAddressBook } from '@tabler/icons-react';
import { invoke } from '../lib/rpc';
import { RecordListPage } from '../lists/RecordListPage';
import { contactColumns, contactPath } from './contact-columns';

export const ContactsPage = () => (
  <RecordListPage
    list="contacts"
    title="Contacts"
    noun="contact"
    plural="contacts"
    icon={IconAddressBook}
    emptyHint="Add the people you work with: clients, prospects and partners. Everything stays on this computer."
    columns={contactColumns}
    hrefOf={contactPath}
    fetchPage={(filter, offset, limit) => invoke('contacts.list', { ...filter, offset, limit })}
  />
);
