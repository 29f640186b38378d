import { NumberInput, TextInput } from '@mantine/core';
import { type Company, companyCreateInput } from '../../shared/companies';
import { AddressSection } from '../forms/AddressSection';
import { FormPage } from '../forms/FormPage';
import { FormSection } from '../forms/FormSection';
import { TagsAndNotesSection } from '../forms/TagsAndNotes';
import { useRecordForm } from '../forms/use-record-form';
import { invoke } from '../lib/rpc';
import { companyFormValues, prepareCompany } from './company-form-values';

/** Creates a company, or edits `company` when given. */
export const CompanyForm = ({ company }: { company?: Company }) => {
  const { form, page } = useRecordForm({
    kind: 'companies',
    initialValues: companyFormValues(company),
    prepare: prepareCompany,
    schema: companyCreateInput,
    save: (input) =>
      company
        ? invoke('companies.update', { id: company.id, changes: input })
        : invoke('companies.create', input),
    savedMessage: company ? 'Changes saved' : 'Company created',
    detailPath: (saved) => `/companies/${saved.id}`,
  });

  return (
    <FormPage
      title={company ? `Edit ${company.name}` : 'New company'}
      fallback={company ? `/companies/${company.id}` : '/companies'}
      {...page}
    >
      <FormSection title="Company">
        <TextInput
          {...form.getInputProps('name')}
          label="Company name"
          withAsterisk
          data-autofocus
          autoFocus
        />
        <TextInput {...form.getInputProps('industry')} label="Industry" placeholder="e.g. Software, Retail" />
        <TextInput {...form.getInputProps('website')} label="Website" placeholder="example.com" />
        <NumberInput
          {...form.getInputProps('employeeCount')}
          label="Employees"
          min={0}
          max={10_000_000}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator
          hideControls
        />
        <TextInput
          {...form.getInputProps('email')}
          label="Email"
          type="email"
          placeholder="hello@example.com"
        />
        <TextInput {...form.getInputProps('phone')} label="Phone" type="tel" />
        <TextInput {...form.getInputProps('taxId')} label="VAT / tax ID" placeholder="e.g. DE123456789" />
      </FormSection>
      <AddressSection inputProps={(key) => form.getInputProps(`address.${key}`)} />
      <TagsAndNotesSection tags={form.getInputProps('tags')} notes={form.getInputProps('notes')} />
    </FormPage>
  );
};
