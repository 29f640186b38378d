import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { onAppEvent } from '../lib/rpc';
import { invalidateKinds } from './query-client';

/** One subscription for the whole window: changes made anywhere (another window, a tab, a script) refresh lists. */
export const useRecordEvents = () => {
  const client = useQueryClient();
  useEffect(
    () =>
      onAppEvent((event) => {
        if (event.name === 'records.changed') invalidateKinds(client, event.payload.kinds);
      }),
    [client],
  );
};
