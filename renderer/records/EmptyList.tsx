import { Button, EmptyState } from '@mantine/core';
import { type Icon, IconSearch } from '@tabler/icons-react';
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

/** A filtered list with nothing to show, and the way back to all of it. */
export const NoMatches = ({
  plural,
  description,
  onClear,
}: {
  plural: string;
  description: ReactNode;
  onClear: () => void;
}) => (
  <EmptyList
    icon={IconSearch}
    title={`No ${plural} found`}
    description={description}
    action={
      <Button variant="default" onClick={onClear}>
        Clear filters
      </Button>
    }
  />
);
