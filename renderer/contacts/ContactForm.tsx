import { TextInput } from '@mantine/core';
import { type Contact, contactCreateInput, contactDisplayName } from '../../shared/contacts';
import { AddressSection } from '../forms/AddressSection';
import { FormPage } from '../forms/FormPage';
import { FormSection } from '../forms/FormSection';
import { MultiTextField } from '../forms/MultiTextField';
import { TagsAndNotesSection } from '../forms/TagsAndNotes';
import { useRecordForm } from '../forms/use-record-form';
import { invoke } from '../lib/rpc';
import { CompanySelect } from './CompanySelect';
import { contactFormValues, prepareContact } from './contact-form-values';

interface ContactFormProps {
  /** The contact being edited; without it the form creates a new one. */
  contact?: Contact;
  /** Prefills the company when adding a contact from a company's page. */
  companyId?: number | null;
}

export const ContactForm = ({ contact, companyId = null }: ContactFormProps) => {
  const { form, page } = useRecordForm({
    kind: 'contacts',
    initialValues: contactFormValues(contact, companyId),
    prepare: prepareContact,
    schema: contactCreateInput,
    save: (input) =>
      contact
        ? invoke('contacts.update', { id: contact.id, changes: input })
        : invoke('contacts.create', input),
    savedMessage: contact ? 'Changes saved' : 'Contact created',
    detailPath: (saved) => `/contacts/${saved.id}`,
  });
  const name = contact ? contactDisplayName(contact) : '';
  const listField = (field: 'emails' | 'phones') => ({
    count: form.values[field].length,
    max: 10,
    inputProps: (index: number) => form.getInputProps(`${field}.${index}`),
    onAdd: () => form.insertListItem(field, ''),
    onRemove: (index: number) => form.removeListItem(field, index),
    error: form.errors[field],
  });

  return (
    <FormPage
      title={contact ? `Edit ${name}` : 'New contact'}
      fallback={contact ? `/contacts/${contact.id}` : '/contacts'}
      {...page}
    >
      <FormSection title="Person">
        <TextInput
          {...form.getInputProps('firstName')}
          label="First name"
          withAsterisk
          data-autofocus
          autoFocus
        />
        <TextInput {...form.getInputProps('lastName')} label="Last name" />
        <TextInput {...form.getInputProps('title')} label="Job title" placeholder="e.g. Head of Marketing" />
        <CompanySelect inputProps={form.getInputProps('companyId')} />
      </FormSection>
      <FormSection title="Email and phone">
        <MultiTextField label="Email" type="email" placeholder="name@example.com" {...listField('emails')} />
        <MultiTextField label="Phone" type="tel" placeholder="+49 30 1234567" {...listField('phones')} />
      </FormSection>
      <AddressSection inputProps={(key) => form.getInputProps(`address.${key}`)} />
      <TagsAndNotesSection tags={form.getInputProps('tags')} notes={form.getInputProps('notes')} />
    </FormPage>
  );
};
