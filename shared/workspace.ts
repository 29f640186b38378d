import { z } from 'zod';
import { type ChannelSpec, returns } from './ipc/channel';

export const workspaceInfoInput = z.object({}).strict();

export interface WorkspaceInfo {
  appVersion: string;
  dataDir: string;
  databaseFile: string;
  schemaVersion: string;
  counts: { contacts: number; companies: number };
}

export const workspaceChannels = {
  'workspace.info': {
    summary: 'Where the workspace lives, its schema version and record counts',
    input: workspaceInfoInput,
    output: returns<WorkspaceInfo>(),
  },
} satisfies Record<`workspace.${string}`, ChannelSpec>;

/** Record kinds whose rows a change touched, so open views know to refetch. */
export const recordKinds = [
  'contacts',
  'companies',
  'leads',
  'deals',
  'pipelines',
  'accounts',
  'activities',
  'lists',
  'settings',
  'catalog',
  'taxRates',
  'invoices',
  'estimates',
  'schedules',
  'outbox',
] as const;
export type RecordKind = (typeof recordKinds)[number];

/** The address-book kinds: people and organisations, with the same archive/restore lifecycle. */
export type DirectoryKind = Extract<RecordKind, 'contacts' | 'companies'>;
