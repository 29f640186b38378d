import { Badge } from '@mantine/core';
import { Link } from 'react-router';
import { formatCount } from '../lib/format';
import { useOutboxList } from './outbox-queries';

/** Emails waiting or failed, beside Outbox in the sidebar; red when one needs the user. */
export const OutboxNavBadge = () => {
  const list = useOutboxList('failed');
  const failed = list.data?.counts.failed ?? 0;
  const count = failed + (list.data?.counts.queued ?? 0);
  if (count === 0) return null;
  const label = `${formatCount(count, 'email')} waiting or failed`;
  return (
    <Badge
      component={Link}
      to={failed > 0 ? '/outbox?status=failed' : '/outbox?status=queued'}
      aria-label={label}
      title={label}
      color={failed > 0 ? 'red' : 'blue'}
      variant="filled"
      size="sm"
      radius="xl"
      className="lb-numeric"
      style={{ position: 'absolute', right: 8, top: '50%', transform: 'translateY(-50%)', cursor: 'pointer' }}
    >
      {count}
    </Badge>
  );
};
