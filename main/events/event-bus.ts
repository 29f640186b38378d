import type { AppEvent, EventName, EventPayload } from '../../shared/ipc/events';

export type EventListener = (event: AppEvent) => void;

export interface EventBus {
  emit: <K extends EventName>(name: K, payload: EventPayload<K>) => void;
  subscribe: (listener: EventListener) => () => void;
}

/** Fans main-process events out to every connected window or browser tab. */
export const createEventBus = (): EventBus => {
  const listeners = new Set<EventListener>();
  return {
    emit: (name, payload) => {
      for (const listener of listeners) listener({ name, payload } as AppEvent);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};
