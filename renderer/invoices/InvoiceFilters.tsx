import { Button, Group, Text, TextInput } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { CurrencySelect } from '../deals/CurrencySelect';
import { AccountFilter } from './AccountFilter';
import type { InvoiceFilter } from './use-invoice-filter';

interface InvoiceFiltersProps {
  filter: InvoiceFilter;
  narrowed: boolean;
  onChange: (change: Partial<InvoiceFilter>) => void;
  onClear: () => void;
}

const dateOrNull = (value: string) => (value === '' ? null : value);

/** The second row of the list's controls: who, which currency and when it was issued. */
export const InvoiceFilters = ({ filter, narrowed, onChange, onClear }: InvoiceFiltersProps) => (
  <Group gap="sm" mb="sm" role="group" aria-label="Filters">
    <AccountFilter accountId={filter.accountId} onChange={(accountId) => onChange({ accountId })} />
    <CurrencySelect
      label={null}
      aria-label="Currency"
      placeholder="All currencies"
      allowDeselect
      clearable
      value={filter.currency}
      onChange={(currency) => onChange({ currency })}
      w={150}
    />
    <Group gap={6} wrap="nowrap">
      <Text size="sm" c="dimmed">
        Issued
      </Text>
      <TextInput
        type="date"
        aria-label="Issued from"
        value={filter.issuedFrom ?? ''}
        max={filter.issuedTo ?? undefined}
        onChange={(event) => onChange({ issuedFrom: dateOrNull(event.currentTarget.value) })}
        w={150}
      />
      <Text size="sm" c="dimmed">
        to
      </Text>
      <TextInput
        type="date"
        aria-label="Issued to"
        value={filter.issuedTo ?? ''}
        min={filter.issuedFrom ?? undefined}
        onChange={(event) => onChange({ issuedTo: dateOrNull(event.currentTarget.value) })}
        w={150}
      />
    </Group>
    {narrowed && (
      <Button
        variant="subtle"
        color="gray"
        size="compact-sm"
        leftSection={<IconX size={14} aria-hidden />}
        onClick={onClear}
      >
        Clear filters
      </Button>
    )}
  </Group>
);
