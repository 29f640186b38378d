import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { CatchUpReport } from '../../shared/schedules';
import { formatCount } from '../lib/format';
import { invoke } from '../lib/rpc';
import { notifyFailure } from '../records/notices';

export type ScheduleScope = { accountId: number } | { dealId: number };

export const useSchedules = (scope: ScheduleScope) =>
  useQuery({ queryKey: ['schedules', 'list', scope], queryFn: () => invoke('schedules.list', scope) });

export const useSchedule = (id: number) =>
  useQuery({ queryKey: ['schedules', 'get', id], queryFn: () => invoke('schedules.get', { id }) });

type StateChange = 'pause' | 'resume' | 'end';

/** Pause, resume or end; the change event refreshes every view of it. */
export const useScheduleState = (id: number) =>
  useMutation({
    mutationFn: (change: StateChange) => invoke(`schedules.${change}`, { id }),
    onError: (error) => notifyFailure('The schedule did not change', error),
  });

const reportText = ({ created, issued, emailed, failed }: CatchUpReport) => {
  if (created === 0 && failed === 0) return 'Nothing was due: every period up to today has its invoice.';
  const parts = [`${formatCount(created, 'invoice')} made`];
  if (issued > 0) parts.push(`${issued} issued`);
  if (emailed > 0) parts.push(`${emailed} emailed`);
  if (failed > 0) parts.push(`${failed} not completed (see the history)`);
  return `${parts.join(', ')}.`;
};

/** Catches up every schedule now and says what came of it. */
export const useRunNow = () =>
  useMutation({
    mutationFn: () => invoke('schedules.runNow', {}),
    onSuccess: (report) =>
      notifications.show({ color: report.failed > 0 ? 'orange' : 'teal', message: reportText(report) }),
    onError: (error) => notifyFailure('Catch-up did not run', error),
  });
