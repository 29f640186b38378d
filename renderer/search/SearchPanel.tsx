import { Alert, Box, Group, Kbd, Loader, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../lib/rpc';
import { type SearchHit, useSearchResults } from './use-search-results';

const groups: SearchHit['group'][] = ['Contacts', 'Companies'];

const HitOption = ({
  hit,
  id,
  active,
  onOpen,
}: {
  hit: SearchHit;
  id: string;
  active: boolean;
  onOpen: () => void;
}) => (
  <UnstyledButton
    id={id}
    role="option"
    aria-selected={active}
    tabIndex={-1}
    onMouseDown={(event) => event.preventDefault()}
    onClick={onOpen}
    px="sm"
    py={8}
    w="100%"
    style={{
      borderRadius: 'var(--mantine-radius-sm)',
      background: active ? 'var(--mantine-color-lumen-0)' : undefined,
    }}
  >
    <Group gap="sm" wrap="nowrap">
      <hit.icon size={18} stroke={1.6} color="var(--mantine-color-gray-6)" aria-hidden />
      <Box style={{ minWidth: 0 }}>
        <Text size="sm" fw={500} truncate>
          {hit.label}
        </Text>
        {hit.detail && (
          <Text size="xs" c="dimmed" truncate>
            {hit.detail}
          </Text>
        )}
      </Box>
    </Group>
  </UnstyledButton>
);

/** The body of the Ctrl+K palette: type, move with the arrows, Enter opens the record. */
export const SearchPanel = ({ onClose }: { onClose: () => void }) => {
  const navigate = useNavigate();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 120);
  const { hits, settledFor, isLoading, error } = useSearchResults(debounced);
  const [chosen, setActive] = useState(0);
  const active = Math.min(chosen, Math.max(hits.length - 1, 0));
  const [openWhenSettled, setOpenWhenSettled] = useState(false);
  const current = query.trim();
  const settled = settledFor === current;

  const open = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onClose();
    navigate(hit.to);
  };

  // Enter pressed while results were still catching up with the typing opens the best hit once they arrive.
  useEffect(() => {
    if (!openWhenSettled || !settled) return;
    setOpenWhenSettled(false);
    open(hits[0]);
  });

  const optionId = (index: number) => `${listId}-${index}`;
  // A block body on purpose: Chromium's scrollIntoView now returns a promise, which React would take for a cleanup.
  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(hits.length === 0 ? 0 : (active + step + hits.length) % hits.length);
    } else if (event.key === 'Enter' && current !== '') {
      event.preventDefault();
      if (settled) open(hits[active]);
      else setOpenWhenSettled(true);
    }
  };

  return (
    <>
      <TextInput
        data-autofocus
        autoFocus
        aria-label="Search contacts and companies"
        placeholder="Search contacts and companies…"
        value={query}
        onChange={(event) => {
          setQuery(event.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        aria-controls={listId}
        aria-activedescendant={hits.length > 0 && settled ? optionId(active) : undefined}
        leftSection={<IconSearch size={18} aria-hidden />}
        rightSection={isLoading ? <Loader size={14} /> : null}
        variant="unstyled"
        size="lg"
        px="sm"
        styles={{ input: { fontSize: 16 } }}
        style={{ borderBottom: '1px solid var(--lb-border)' }}
      />
      <Box p="xs" mah="min(60vh, 520px)" style={{ overflowY: 'auto' }}>
        {error && (
          <Alert color="red" variant="light" m="xs">
            {errorMessage(error)}
          </Alert>
        )}
        {current === '' && (
          <Text size="sm" c="dimmed" p="sm">
            Search by name, email, company, website or VAT ID.
          </Text>
        )}
        {current !== '' && settled && hits.length === 0 && !error && (
          <Text size="sm" c="dimmed" p="sm">
            Nothing matches “{current}”.
          </Text>
        )}
        <Box id={listId} role="listbox" aria-label="Search results">
          {groups.map((group) => {
            const inGroup = hits.filter((hit) => hit.group === group);
            if (inGroup.length === 0) return null;
            const headingId = `${listId}-${group}`;
            return (
              <Box key={group} role="group" aria-labelledby={headingId} mb={4}>
                <Text
                  id={headingId}
                  size="xs"
                  fw={600}
                  c="dimmed"
                  tt="uppercase"
                  lts={0.4}
                  px="sm"
                  pt={6}
                  pb={4}
                >
                  {group}
                </Text>
                {inGroup.map((hit) => {
                  const index = hits.indexOf(hit);
                  return (
                    <HitOption
                      key={hit.key}
                      hit={hit}
                      id={optionId(index)}
                      active={index === active}
                      onOpen={() => open(hit)}
                    />
                  );
                })}
              </Box>
            );
          })}
        </Box>
      </Box>
      <Group gap="md" px="md" py={8} style={{ borderTop: '1px solid var(--lb-border)' }}>
        <Text size="xs" c="dimmed">
          <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> to move
        </Text>
        <Text size="xs" c="dimmed">
          <Kbd size="xs">Enter</Kbd> to open
        </Text>
        <Text size="xs" c="dimmed">
          <Kbd size="xs">Esc</Kbd> to close
        </Text>
      </Group>
    </>
  );
};
