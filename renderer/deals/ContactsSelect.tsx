import { type ComboboxItem, MultiSelect } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { IconUsers } from '@tabler/icons-react';
import { useRef } from 'react';
import { contactDisplayName } from '../../shared/contacts';
import { useServerSearch } from '../forms/use-server-search';
import { invoke } from '../lib/rpc';

interface ContactsSelectProps {
  inputProps: GetInputPropsReturnType;
  /** Names of the contacts already chosen, so they show before any search has run. */
  known: { id: number; firstName: string; lastName: string }[];
  /** People at this company are offered first. */
  companyId: number | null;
}

/** Picks several people by searching on the server, remembering the names of those already picked. */
export const ContactsSelect = ({ inputProps, known, companyId }: ContactsSelectProps) => {
  const { matches, searchProps } = useServerSearch(
    (search) => ['contacts', 'options', search, companyId],
    (search) =>
      invoke('contacts.list', {
        query: search,
        limit: 20,
        ...(companyId !== null && search === '' ? { companyId } : {}),
      }),
    'Nobody matches',
  );
  const labels = useRef(new Map(known.map((contact) => [String(contact.id), contactDisplayName(contact)])));
  for (const row of matches?.rows ?? []) labels.current.set(String(row.id), contactDisplayName(row));
  const selected: string[] = Array.isArray(inputProps.value) ? inputProps.value : [];
  const options = new Map<string, ComboboxItem>();
  for (const value of [...selected, ...(matches?.rows ?? []).map((row) => String(row.id))])
    options.set(value, { value, label: labels.current.get(value) ?? `Contact ${value}` });

  return (
    <MultiSelect
      {...inputProps}
      label="Contacts"
      placeholder={selected.length === 0 ? 'Search people…' : undefined}
      leftSection={<IconUsers size={16} aria-hidden />}
      data={[...options.values()]}
      {...searchProps}
      maxValues={50}
    />
  );
};
