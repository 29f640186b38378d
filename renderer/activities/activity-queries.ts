import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ActivityCreateInput, TimelineInput } from '../../shared/activities';
import type { RecordKind } from '../../shared/workspace';
import { invalidateKinds } from '../app/query-client';
import { invoke } from '../lib/rpc';

export type TimelineSubject = Pick<TimelineInput, 'of' | 'id'>;

type ActivityLink = Pick<ActivityCreateInput, 'contactId' | 'companyId' | 'leadId' | 'dealId' | 'accountId'>;

const links: Record<TimelineSubject['of'], (id: number) => ActivityLink> = {
  contact: (contactId) => ({ contactId }),
  company: (companyId) => ({ companyId }),
  lead: (leadId) => ({ leadId }),
  deal: (dealId) => ({ dealId }),
  account: (accountId) => ({ accountId }),
};

/** Where a timeline's record points its activities: a lead page posts with leadId, and so on. */
export const linkOf = ({ of, id }: TimelineSubject) => links[of](id);

export const useTimeline = (subject: TimelineSubject, limit: number) =>
  useQuery({
    queryKey: ['activities', 'timeline', subject.of, subject.id, limit],
    queryFn: () => invoke('activities.timeline', { ...subject, limit }),
    placeholderData: keepPreviousData,
  });

/** A mutation that refreshes every view of the kinds it changes once it has been applied. */
export const useActivityMutation = <Input, Output>(
  run: (input: Input) => Promise<Output>,
  kinds: RecordKind[] = ['activities'],
) => {
  const client = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => invalidateKinds(client, kinds) });
};
