import { Select, TextInput } from '@mantine/core';
import { type Lead, leadCreateInput, leadDisplayName } from '../../shared/leads';
import { FormPage } from '../forms/FormPage';
import { FormSection } from '../forms/FormSection';
import { NotesField } from '../forms/TagsAndNotes';
import { useRecordForm } from '../forms/use-record-form';
import { invoke } from '../lib/rpc';
import { CompanyNameInput } from './CompanyNameInput';
import { leadFormValues, prepareLead, sourceOptions } from './lead-form-values';
import { leadPath } from './lead-queries';

/** Adds a lead, or edits `lead` when given. */
export const LeadForm = ({ lead }: { lead?: Lead }) => {
  const { form, page } = useRecordForm({
    kind: 'leads',
    initialValues: leadFormValues(lead),
    prepare: prepareLead,
    schema: leadCreateInput,
    save: (input) =>
      lead ? invoke('leads.update', { id: lead.id, changes: input }) : invoke('leads.create', input),
    savedMessage: lead ? 'Changes saved' : 'Lead added',
    detailPath: leadPath,
  });

  return (
    <FormPage
      title={lead ? `Edit ${leadDisplayName(lead)}` : 'New lead'}
      fallback={lead ? leadPath(lead) : '/leads'}
      {...page}
    >
      <FormSection title="Who" hint="A name, an email or a company is enough to start.">
        <TextInput {...form.getInputProps('firstName')} label="First name" data-autofocus autoFocus />
        <TextInput {...form.getInputProps('lastName')} label="Last name" />
        <TextInput
          {...form.getInputProps('email')}
          label="Email"
          type="email"
          placeholder="name@example.com"
        />
        <TextInput {...form.getInputProps('phone')} label="Phone" type="tel" placeholder="+49 30 1234567" />
        <TextInput {...form.getInputProps('title')} label="Job title" placeholder="e.g. Head of Marketing" />
        <CompanyNameInput
          name={form.values.companyName}
          companyId={form.values.companyId}
          error={form.errors.companyName}
          onChange={({ name, companyId }) => form.setValues({ companyName: name, companyId })}
        />
      </FormSection>
      <FormSection title="Where it came from">
        <Select
          {...form.getInputProps('source')}
          label="Source"
          placeholder="How did they find you?"
          data={sourceOptions(form.values.source)}
          clearable
        />
        <NotesField
          {...form.getInputProps('notes')}
          placeholder="What they asked for, budget, timing…"
          style={{ gridColumn: '1 / -1' }}
        />
      </FormSection>
    </FormPage>
  );
};
