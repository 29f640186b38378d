import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { type Contact, contactDisplayName } from '../../shared/contacts';
import { RecordTimeline } from '../activities/RecordTimeline';
import { addressLines } from '../lib/format';
import { DetailLayout } from '../records/DetailLayout';
import { FieldList } from '../records/FieldList';
import { LinkList } from '../records/LinkList';
import { NotesCard } from '../records/NotesCard';
import { RecordRoute } from '../records/RecordRoute';
import { TagList } from '../records/TagList';
import { useContact } from './contact-queries';

const CompanyLink = ({ contact }: { contact: Contact }) =>
  contact.companyId !== null && contact.companyName ? (
    <Anchor component={Link} to={`/companies/${contact.companyId}`} size="sm">
      {contact.companyName}
    </Anchor>
  ) : null;

const headline = (contact: Contact) => {
  if (!contact.title && !contact.companyName) return undefined;
  return (
    <>
      {contact.title}
      {contact.title && contact.companyName && ' at '}
      <CompanyLink contact={contact} />
    </>
  );
};

const ContactDetail = ({ contact }: { contact: Contact }) => (
  <DetailLayout
    kind="contacts"
    record={contact}
    name={contactDisplayName(contact)}
    noun="contact"
    description={headline(contact)}
    eyebrow="Contact"
    shape="person"
  >
    <FieldList
      title="Details"
      fields={[
        { label: 'First name', value: contact.firstName },
        { label: 'Last name', value: contact.lastName },
        { label: 'Job title', value: contact.title },
        { label: 'Company', value: contact.companyName && <CompanyLink contact={contact} /> },
        {
          label: 'Email',
          value: contact.emails.length > 0 && <LinkList values={contact.emails} scheme="mailto" />,
        },
        {
          label: 'Phone',
          value: contact.phones.length > 0 && <LinkList values={contact.phones} scheme="tel" />,
        },
        { label: 'Tags', value: contact.tags.length > 0 && <TagList tags={contact.tags} /> },
        {
          label: 'Address',
          value: addressLines(contact.address).map((line) => (
            <Text key={line} size="sm">
              {line}
            </Text>
          )),
        },
      ]}
    />
    <NotesCard notes={contact.notes} />
    <RecordTimeline of="contact" id={contact.id} />
  </DetailLayout>
);

export const ContactDetailPage = () => (
  <RecordRoute useRecord={useContact} noun="Contact" back={{ label: 'Back to contacts', to: '/contacts' }}>
    {(contact) => <ContactDetail contact={contact} />}
  </RecordRoute>
);
