import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export const FormSection = ({
  title,
  hint,
  children,
}: {
  title: string;
  hint?: string;
  children: ReactNode;
}) => (
  <Card withBorder radius="md" padding="lg">
    <Title order={2} fz="sm" fw={600}>
      {title}
    </Title>
    {hint && (
      <Text size="xs" c="dimmed" mt={2}>
        {hint}
      </Text>
    )}
    <SimpleGrid cols={2} spacing="md" verticalSpacing="sm" mt="md">
      {children}
    </SimpleGrid>
  </Card>
);
