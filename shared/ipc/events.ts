import type { ImportProgress } from '../imports';
import type { PdfExportProgress } from '../invoices';
import type { RecordKind } from '../workspace';
import { type Returns, returns } from './channel';

/** Every event the main process pushes to the UI, declared once beside the channel contract. */
export const eventContract = {
  'records.changed': returns<{ kinds: RecordKind[] }>(),
  'imports.progress': returns<ImportProgress>(),
  'invoices.exportProgress': returns<PdfExportProgress>(),
};

export type EventContract = typeof eventContract;
export type EventName = keyof EventContract;
export type EventPayload<K extends EventName> = EventContract[K] extends Returns<infer P> ? P : never;
export type AppEvent = { [K in EventName]: { name: K; payload: EventPayload<K> } }[EventName];
