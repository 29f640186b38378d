import { useQuery } from '@tanstack/react-query';
import { invoke } from '../lib/rpc';

/** Under 'settings', so every settings change (from any window) refreshes it. */
export const profileKey = ['settings', 'profile'] as const;

export const useProfile = () => useQuery({ queryKey: profileKey, queryFn: () => invoke('profile.get', {}) });
