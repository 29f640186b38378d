import { EmptyState } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface EmptyListProps {
  icon: Icon;
  title: string;
  description: ReactNode;
  action: ReactNode;
}

export const EmptyList = ({ icon: Glyph, title, description, action }: EmptyListProps) => (
  <EmptyState
    mt={64}
    variant="light"
    icon={<Glyph size={26} stroke={1.5} aria-hidden />}
    title={title}
    description={description}
  >
    <EmptyState.Actions>{action}</EmptyState.Actions>
  </EmptyState>
);
