import { Badge, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { SavedList, SmartFilter } from '../../shared/lists';
import { invoke } from '../lib/rpc';
import { detailKey } from '../records/record-actions';

const orList = (words: string[]) =>
  words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;

const CompanyName = ({ id }: { id: number }) => {
  const company = useQuery({
    queryKey: detailKey('companies', id),
    queryFn: () => invoke('companies.get', { id }),
  });
  return <>{company.data?.name ?? (company.isError ? `company ${id}` : '…')}</>;
};

/** A smart list's filter in words: "Active contacts · tagged vip or navy · at Acme · in DE". */
export const FilterSummary = ({ list, filter }: { list: SavedList; filter: SmartFilter }) => {
  const parts: [string, ReactNode][] = [];
  if (filter.query) parts.push(['query', <>matching “{filter.query}”</>]);
  if (filter.tags.length > 0) parts.push(['tags', <>tagged {orList(filter.tags)}</>]);
  if (filter.companyId !== undefined) {
    parts.push([
      'company',
      <>
        at <CompanyName id={filter.companyId} />
      </>,
    ]);
  }
  if (filter.country) parts.push(['country', <>in {filter.country}</>]);
  return (
    <Group gap={6} wrap="wrap" component="span">
      <Text span size="sm" c="dimmed">
        {parts.length === 0 ? `All active ${list.recordKind}` : `Active ${list.recordKind}`}
      </Text>
      {parts.map(([key, part]) => (
        <Badge key={key} variant="light" color="violet" size="md" tt="none" fw={500}>
          {part}
        </Badge>
      ))}
    </Group>
  );
};
