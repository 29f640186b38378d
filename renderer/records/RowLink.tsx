import { Avatar, Badge, Group } from '@mantine/core';
import { Link } from 'react-router';

interface RowLinkProps {
  to: string;
  name: string;
  archived: boolean;
  /** People get round avatars, organisations square ones. */
  shape: 'person' | 'organisation';
}

/** The first cell of a list row: the keyboard-reachable link that opens the record. */
export const RowLink = ({ to, name, archived, shape }: RowLinkProps) => (
  <Group gap={10} wrap="nowrap" style={{ minWidth: 0 }}>
    <Avatar name={name} color="initials" size={26} radius={shape === 'person' ? 'xl' : 'sm'} aria-hidden />
    <Link to={to} className="lb-row-link lb-truncate">
      {name}
    </Link>
    {archived && (
      <Badge size="xs" variant="light" color="yellow" style={{ flexShrink: 0 }}>
        Archived
      </Badge>
    )}
  </Group>
);
