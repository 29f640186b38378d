import { Badge, type BadgeProps } from '@mantine/core';
import type { LeadStatus } from '../../shared/leads';

const scoreColor = (score: number) => (score >= 40 ? 'green' : score >= 20 ? 'yellow' : 'gray');

/** A lead's score at a glance: green is worth a call today, grey can wait. */
export const ScoreBadge = ({ score, ...props }: { score: number } & BadgeProps) => (
  <Badge
    variant="light"
    color={scoreColor(score)}
    className="lb-numeric"
    aria-label={`Score ${score}`}
    {...props}
  >
    {score}
  </Badge>
);

export const statusLabels: Record<LeadStatus, string> = {
  new: 'New',
  contacted: 'Contacted',
  qualified: 'Qualified',
  disqualified: 'Disqualified',
};

const statusColors: Record<LeadStatus, string> = {
  new: 'blue',
  contacted: 'lumen',
  qualified: 'green',
  disqualified: 'gray',
};

export const StatusBadge = ({ status, ...props }: { status: LeadStatus } & BadgeProps) => (
  <Badge variant="dot" color={statusColors[status]} {...props}>
    {statusLabels[status]}
  </Badge>
);
