import { formatCount } from '../lib/format';
import { NavCountBadge } from '../shell/NavCountBadge';
import { useOutboxList } from './outbox-queries';

/** Emails waiting or failed, beside Outbox in the sidebar; red when one needs the user. */
export const OutboxNavBadge = () => {
  const list = useOutboxList('failed');
  const failed = list.data?.counts.failed ?? 0;
  const count = failed + (list.data?.counts.queued ?? 0);
  return (
    <NavCountBadge
      count={count}
      to={failed > 0 ? '/outbox?status=failed' : '/outbox?status=queued'}
      label={`${formatCount(count, 'email')} waiting or failed`}
      color={failed > 0 ? 'red' : 'blue'}
    />
  );
};
