import { z } from 'zod';

export const workspaceInfoInput = z.object({}).strict();

export interface WorkspaceInfo {
  appVersion: string;
  dataDir: string;
  databaseFile: string;
  schemaVersion: string;
  counts: { contacts: number; companies: number };
}

/** Record kinds whose rows a change touched, so open views know to refetch. */
export const recordKinds = ['contacts', 'companies'] as const;
export type RecordKind = (typeof recordKinds)[number];
