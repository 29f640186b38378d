import { Select } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { CompanySelect } from '../../contacts/CompanySelect';
import { ContactsSelect } from '../../deals/ContactsSelect';
import { FormSection } from '../../forms/FormSection';
import { useAllTemplates } from '../../invoice-templates/template-queries';
import type { DraftValues } from './draft-values';
import { useRecipients } from './use-recipients';

const templateTexts = ['notes', 'terms', 'footer'] as const;

/** Who the invoice is for, who receives it, and how it looks. */
export const CustomerSection = ({
  form,
  noun = 'invoice',
}: {
  form: UseFormReturnType<DraftValues>;
  /** What the recipients receive: "invoice", "estimate". */
  noun?: string;
}) => {
  const templates = useAllTemplates();
  // The picker remembers names it has been given; it waits for the first ones so chips never read "Contact 12".
  const [firstIds] = useState(form.values.contactIds);
  const recipients = useRecipients(firstIds);
  const companyId = form.values.companyId === null ? null : Number(form.values.companyId);
  const all = templates.data ?? [];
  const offered = all.filter(
    (template) => !template.archived || String(template.id) === form.values.templateId,
  );
  /** Texts still as the old template wrote them (or empty) follow the new one; edited ones stay. */
  const pickTemplate = (id: string) => {
    const before = all.find((template) => String(template.id) === form.values.templateId);
    const next = all.find((template) => String(template.id) === id);
    form.setFieldValue('templateId', id);
    for (const text of templateTexts) {
      const current = form.values[text];
      if (next && (current === '' || current === before?.[text])) form.setFieldValue(text, next[text]);
    }
  };
  return (
    <FormSection title="Customer" hint={`The company billed and the people who receive the ${noun}.`}>
      <CompanySelect inputProps={form.getInputProps('companyId')} />
      {recipients ? (
        <ContactsSelect
          inputProps={form.getInputProps('contactIds')}
          known={recipients}
          companyId={companyId}
        />
      ) : (
        <Select label="Contacts" data={[]} disabled placeholder="Loading…" />
      )}
      <Select
        {...form.getInputProps('templateId')}
        onChange={(id) => id !== null && pickTemplate(id)}
        label="Template"
        placeholder="Workspace default"
        data={offered.map((template) => ({ value: String(template.id), label: template.name }))}
        allowDeselect={false}
      />
    </FormSection>
  );
};
