import { Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { FormSection } from '../../forms/FormSection';
import type { DraftValues } from './draft-values';

/** The texts printed under the lines; the template fills them in, each invoice may change them. */
export const NotesSection = ({ form }: { form: UseFormReturnType<DraftValues> }) => (
  <FormSection title="Notes, terms and footer">
    <Textarea
      {...form.getInputProps('notes')}
      label="Notes"
      autosize
      minRows={2}
      maxRows={8}
      maxLength={5000}
    />
    <Textarea
      {...form.getInputProps('terms')}
      label="Terms"
      autosize
      minRows={2}
      maxRows={8}
      maxLength={5000}
    />
    <Textarea
      {...form.getInputProps('footer')}
      label="Footer"
      autosize
      minRows={1}
      maxRows={4}
      maxLength={1000}
      style={{ gridColumn: '1 / -1' }}
    />
  </FormSection>
);
