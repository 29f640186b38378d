import { Badge, type BadgeProps } from '@mantine/core';
import type { AccountStatus } from '../../shared/accounts';

export const accountStatusLabels: Record<AccountStatus, string> = {
  active: 'Active',
  at_risk: 'At risk',
  churned: 'Churned',
};

const colors: Record<AccountStatus, string> = { active: 'green', at_risk: 'orange', churned: 'gray' };

export const AccountStatusBadge = ({ status, ...props }: { status: AccountStatus } & BadgeProps) => (
  <Badge variant="light" color={colors[status]} {...props}>
    {accountStatusLabels[status]}
  </Badge>
);
