import { Badge } from '@mantine/core';
import { Link } from 'react-router';

interface NavCountBadgeProps {
  count: number;
  /** Where clicking the count goes, e.g. the list filtered to what it counts. */
  to: string;
  /** What the count means, read out and shown on hover: "3 overdue invoices". */
  label: string;
  color: string;
}

/** A count beside a sidebar entry, a link of its own; nothing when there is nothing to count. */
export const NavCountBadge = ({ count, to, label, color }: NavCountBadgeProps) =>
  count === 0 ? null : (
    <Badge
      component={Link}
      to={to}
      aria-label={label}
      title={label}
      color={color}
      variant="filled"
      size="sm"
      radius="xl"
      className="lb-numeric"
      style={{ position: 'absolute', right: 8, top: '50%', transform: 'translateY(-50%)', cursor: 'pointer' }}
    >
      {count}
    </Badge>
  );
