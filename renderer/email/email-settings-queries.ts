import { useQuery } from '@tanstack/react-query';
import { invoke } from '../lib/rpc';

/** Under 'settings', so a change saved in any window refreshes it. */
export const emailSettingsKey = ['settings', 'email'] as const;

export const useEmailSettings = () =>
  useQuery({ queryKey: emailSettingsKey, queryFn: () => invoke('email.settings', {}) });
