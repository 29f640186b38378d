import { Alert, Button, Group, Text } from '@mantine/core';
import { IconArchive } from '@tabler/icons-react';
import { formatDateTime } from '../lib/format';

interface ArchivedBannerProps {
  noun: string;
  archivedAt: string;
  onRestore: () => void;
  restoring: boolean;
}

export const ArchivedBanner = ({ noun, archivedAt, onRestore, restoring }: ArchivedBannerProps) => (
  <Alert color="yellow" variant="light" icon={<IconArchive size={18} aria-hidden />} mb="lg" radius="md">
    <Group justify="space-between" wrap="nowrap">
      <Text size="sm">
        This {noun} was archived on {formatDateTime(archivedAt)}. It is hidden from lists and search.
      </Text>
      <Button size="xs" variant="white" color="dark" onClick={onRestore} loading={restoring}>
        Restore
      </Button>
    </Group>
  </Alert>
);
