import { Group, Kbd, Text, UnstyledButton } from '@mantine/core';
import { useOs } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useUiStore } from '../shell/ui-store';

export const SearchTrigger = () => {
  const setOpen = useUiStore((state) => state.setSearchOpen);
  const mod = useOs() === 'macos' ? '⌘' : 'Ctrl';
  return (
    <UnstyledButton
      aria-label="Search"
      aria-keyshortcuts="Control+K Meta+K"
      onClick={() => setOpen(true)}
      w={360}
      h={34}
      px="sm"
      style={{
        border: '1px solid var(--mantine-color-gray-3)',
        borderRadius: 'var(--mantine-radius-md)',
        background: 'var(--lb-surface)',
      }}
    >
      <Group justify="space-between" wrap="nowrap">
        <Group gap={8} wrap="nowrap">
          <IconSearch size={16} color="var(--mantine-color-gray-6)" aria-hidden />
          <Text size="sm" c="dimmed">
            Search contacts and companies…
          </Text>
        </Group>
        <Group gap={3} wrap="nowrap" aria-hidden>
          <Kbd size="xs">{mod}</Kbd>
          <Kbd size="xs">K</Kbd>
        </Group>
      </Group>
    </UnstyledButton>
  );
};
