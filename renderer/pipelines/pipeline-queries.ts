import { useQuery } from '@tanstack/react-query';
import { invoke } from '../lib/rpc';

export const usePipelines = () =>
  useQuery({ queryKey: ['pipelines', 'list'], queryFn: () => invoke('pipelines.list', {}) });
