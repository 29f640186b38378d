import { useQuery } from '@tanstack/react-query';
import type { OutboxFilter } from '../../shared/outbox';
import { invoke } from '../lib/rpc';

export const outboxMessageKey = (id: number) => ['outbox', 'get', id] as const;

export const useOutboxMessage = (id: number) =>
  useQuery({ queryKey: outboxMessageKey(id), queryFn: () => invoke('outbox.get', { id }) });

export const useOutboxList = (status: OutboxFilter) =>
  useQuery({ queryKey: ['outbox', 'list', status], queryFn: () => invoke('outbox.list', { status }) });

/** Templates live with the settings, so a save elsewhere refreshes the editor. */
export const emailTemplatesKey = ['settings', 'emailTemplates'] as const;

export const useEmailTemplates = () =>
  useQuery({ queryKey: emailTemplatesKey, queryFn: () => invoke('emailTemplates.list', {}) });
