import { Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  /** Shown before the title, e.g. an avatar on a detail page. */
  leading?: ReactNode;
  actions?: ReactNode;
  /** The kind of page above its title ("Contact"); plain text, since the sidebar already links to the list. */
  eyebrow?: string;
}

/** The one h1 of every page, with its breadcrumbs and page-level actions. */
export const PageHeader = ({ title, description, leading, actions, eyebrow }: PageHeaderProps) => {
  useDocumentTitle(`${title} · Lumenbase`);
  return (
    <Stack gap={6} mb="lg">
      {eyebrow && (
        <Text size="xs" fw={600} c="dimmed" tt="uppercase" lts={0.4}>
          {eyebrow}
        </Text>
      )}
      {/* Many actions drop below the title rather than squeeze it into a narrow column. */}
      <Group justify="space-between" align="center" wrap="wrap" gap="md">
        <Group gap="md" wrap="nowrap" style={{ minWidth: 0, flex: '1 1 320px' }}>
          {leading}
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={1} fz={24} lh={1.25} style={{ overflowWrap: 'anywhere' }}>
              {title}
            </Title>
            {description && (
              <Text c="dimmed" size="sm" component="div">
                {description}
              </Text>
            )}
          </Stack>
        </Group>
        {actions && (
          <Group gap="xs" wrap="wrap" justify="flex-end">
            {actions}
          </Group>
        )}
      </Group>
    </Stack>
  );
};
