import { TagsInput, type TagsInputProps, Textarea, type TextareaProps } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { FormSection } from './FormSection';

/** Free tags, added with Enter; the server keeps at most 30. */
export const TagsField = (props: TagsInputProps) => (
  <TagsInput label="Tags" placeholder="Type a tag and press Enter" maxTags={30} clearable {...props} />
);

export const NotesField = (props: TextareaProps) => (
  <Textarea label="Notes" autosize minRows={3} maxRows={12} {...props} />
);

/** The last section of the address-book forms. */
export const TagsAndNotesSection = ({
  tags,
  notes,
}: {
  tags: GetInputPropsReturnType;
  notes: GetInputPropsReturnType;
}) => (
  <FormSection title="Tags and notes">
    <TagsField {...tags} />
    <NotesField {...notes} />
  </FormSection>
);
