import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBuilding, IconLink } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { invoke } from '../lib/rpc';

interface CompanyNameInputProps {
  name: string;
  companyId: number | null;
  onChange: (change: { name: string; companyId: number | null }) => void;
  error?: ReactNode;
}

/**
 * A company typed by name. Companies already on file that match are offered underneath; picking one links
 * the lead to it, so qualifying files the deal there instead of creating the company again.
 */
export const CompanyNameInput = ({ name, companyId, onChange, error }: CompanyNameInputProps) => {
  const [debounced] = useDebouncedValue(name.trim(), 200);
  const matches = useQuery({
    // Not the company select's key: that one caches 20 matches, this one 3.
    queryKey: ['companies', 'on-file', debounced],
    queryFn: () => invoke('companies.list', { query: debounced, limit: 3 }),
    placeholderData: keepPreviousData,
    enabled: debounced !== '' && companyId === null,
  });
  const offered = debounced === '' || companyId !== null ? [] : (matches.data?.rows ?? []);

  return (
    <Stack gap={4}>
      <TextInput
        label="Company name"
        placeholder="e.g. Sunbeam Labs"
        leftSection={<IconBuilding size={16} aria-hidden />}
        value={name}
        onChange={(event) => onChange({ name: event.currentTarget.value, companyId: null })}
        error={error}
      />
      {companyId !== null && (
        <Group gap={6}>
          <IconLink size={14} aria-hidden color="var(--mantine-color-teal-7)" />
          <Text size="xs" c="teal.8">
            Linked to {name} on file
          </Text>
          <Button variant="subtle" size="compact-xs" onClick={() => onChange({ name, companyId: null })}>
            Unlink
          </Button>
        </Group>
      )}
      {offered.length > 0 && (
        <Group gap={6}>
          <Text size="xs" c="dimmed">
            On file:
          </Text>
          {offered.map((company) => (
            <Button
              key={company.id}
              variant="light"
              size="compact-xs"
              aria-label={`Use ${company.name} on file`}
              onClick={() => onChange({ name: company.name, companyId: company.id })}
            >
              {company.name}
            </Button>
          ))}
        </Group>
      )}
    </Stack>
  );
};
