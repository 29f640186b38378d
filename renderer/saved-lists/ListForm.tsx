import { Radio, Stack, Text, TextInput } from '@mantine/core';
import {
  type ListCreateInput,
  type ListUpdateInput,
  listCreateInput,
  listUpdateInput,
  type SavedList,
} from '../../shared/lists';
import type { DirectoryKind } from '../../shared/workspace';
import { CompanySelect } from '../contacts/CompanySelect';
import { FormPage } from '../forms/FormPage';
import { FormSection } from '../forms/FormSection';
import { TagsField } from '../forms/TagsAndNotes';
import { useRecordForm } from '../forms/use-record-form';
import { invoke } from '../lib/rpc';
import { listPath } from './list-columns';
import { type ListFormValues, listFormValues, prepareListChanges, prepareNewList } from './list-form-values';

interface ListFormProps {
  /** The list being edited; without it the form creates a new one. */
  list?: SavedList;
  /** What a new list holds to begin with, e.g. when opened from the companies screen. */
  recordKind?: DirectoryKind;
}

const typeOptions = [
  { value: 'static', label: 'Static', description: 'You add and remove members by hand.' },
  { value: 'smart', label: 'Smart', description: 'Members come and go by themselves, following a filter.' },
];

export const ListForm = ({ list, recordKind = 'contacts' }: ListFormProps) => {
  const { form, page } = useRecordForm<ListFormValues, ListCreateInput | ListUpdateInput, SavedList>({
    kind: 'lists',
    initialValues: listFormValues(list, recordKind),
    prepare: list ? prepareListChanges(list) : prepareNewList,
    schema: list ? listUpdateInput : listCreateInput,
    save: (input) => ('changes' in input ? invoke('lists.update', input) : invoke('lists.create', input)),
    savedMessage: list ? 'Changes saved' : 'List created',
    detailPath: listPath,
  });
  const { values } = form;
  const plural = values.recordKind;

  return (
    <FormPage
      title={list ? `Edit ${list.name}` : 'New list'}
      fallback={list ? `/lists/${list.id}` : '/lists'}
      {...page}
    >
      <FormSection title="List">
        <TextInput
          {...form.getInputProps('name')}
          label="Name"
          placeholder="e.g. Newsletter, Berlin prospects"
          withAsterisk
          data-autofocus
          autoFocus
        />
        {list ? (
          <Text size="sm" c="dimmed" mt={26}>
            A {list.type} list of {list.recordKind}. What a list holds and whether it is smart are set when it
            is created.
          </Text>
        ) : (
          <>
            <Radio.Group {...form.getInputProps('recordKind')} label="Holds">
              <Stack gap={8} mt={8}>
                <Radio value="contacts" label="Contacts" />
                <Radio value="companies" label="Companies" />
              </Stack>
            </Radio.Group>
            <Radio.Group {...form.getInputProps('type')} label="Type">
              <Stack gap={10} mt={8}>
                {typeOptions.map((option) => (
                  <Radio key={option.value} {...option} />
                ))}
              </Stack>
            </Radio.Group>
          </>
        )}
      </FormSection>
      {values.type === 'smart' && (
        <FormSection
          title="Filter"
          hint={`Active ${plural} matching everything set here are members; archived ones never are. Leave a field empty to not filter by it.`}
        >
          <TextInput
            {...form.getInputProps('query')}
            label="Search text"
            placeholder={values.recordKind === 'contacts' ? 'Name, email, company…' : 'Name, website…'}
          />
          <TagsField {...form.getInputProps('tags')} description="Members have at least one of these tags" />
          {values.recordKind === 'contacts' && (
            <>
              <CompanySelect inputProps={form.getInputProps('companyId')} />
              <TextInput
                {...form.getInputProps('country')}
                label="Country code"
                placeholder="e.g. DE"
                maxLength={2}
              />
            </>
          )}
        </FormSection>
      )}
    </FormPage>
  );
};
