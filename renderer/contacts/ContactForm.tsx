import { TagsInput, Textarea, TextInput } from '@mantine/core';
import { type Contact, contactCreateInput, contactDisplayName } from '../../shared/contacts';
import { AddressFields } from '../forms/AddressFields';
import { FormPage } from '../forms/FormPage';
import { FormSection } from '../forms/FormSection';
import { MultiTextField } from '../forms/MultiTextField';
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
  const { form, onSubmit, saving, failure } = useRecordForm({
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

  return (
    <FormPage
      title={contact ? `Edit ${name}` : 'New contact'}
      fallback={contact ? `/contacts/${contact.id}` : '/contacts'}
      onSubmit={onSubmit}
      saving={saving}
      failure={failure}
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
        <MultiTextField
          label="Email"
          type="email"
          placeholder="name@example.com"
          count={form.values.emails.length}
          max={10}
          inputProps={(index) => form.getInputProps(`emails.${index}`)}
          onAdd={() => form.insertListItem('emails', '')}
          onRemove={(index) => form.removeListItem('emails', index)}
          error={form.errors.emails}
        />
        <MultiTextField
          label="Phone"
          type="tel"
          placeholder="+49 30 1234567"
          count={form.values.phones.length}
          max={10}
          inputProps={(index) => form.getInputProps(`phones.${index}`)}
          onAdd={() => form.insertListItem('phones', '')}
          onRemove={(index) => form.removeListItem('phones', index)}
          error={form.errors.phones}
        />
      </FormSection>
      <FormSection title="Address">
        <AddressFields inputProps={(key) => form.getInputProps(`address.${key}`)} />
      </FormSection>
      <FormSection title="Tags and notes">
        <TagsInput
          {...form.getInputProps('tags')}
          label="Tags"
          placeholder="Type a tag and press Enter"
          maxTags={30}
          clearable
        />
        <Textarea {...form.getInputProps('notes')} label="Notes" autosize minRows={3} maxRows={12} />
      </FormSection>
    </FormPage>
  );
};
