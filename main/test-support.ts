import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Envelope } from '../shared/ipc/channel';
import type { ChannelInput, ChannelName, ChannelOutput } from '../shared/ipc/contract';
import { type App, type StartAppOptions, startApp } from './app';

const openApps: App[] = [];
const tempDirs: string[] = [];

afterEach(async () => {
  await Promise.all(openApps.splice(0).map((app) => app.close()));
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export const makeTempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'lumenbase-test-'));
  tempDirs.push(dir);
  return dir;
};

export const fixedClock = (iso = '2026-11-24T09:00:00.000Z') => {
  let now = new Date(iso).getTime();
  const clock = () => new Date(now);
  clock.advance = (ms: number) => {
    now += ms;
  };
  return clock;
};

export interface TestApp extends App {
  clock: ReturnType<typeof fixedClock>;
  /** Calls a channel through the real dispatcher and returns its value, failing loudly on an error. */
  call: <K extends ChannelName>(channel: K, input: ChannelInput<K>) => Promise<ChannelOutput<K>>;
  send: (channel: string, input: unknown) => Promise<Envelope<unknown>>;
}

/** A real app on a real SQLite file in a fresh temporary folder, closed after the test. */
export const startTestApp = async (options: Partial<StartAppOptions> = {}): Promise<TestApp> => {
  const clock = fixedClock();
  const app = await startApp({ dataDir: makeTempDir(), clock, log: () => {}, ...options });
  openApps.push(app);
  return {
    ...app,
    clock,
    send: app.dispatch,
    call: async (channel, input) => {
      const result = await app.dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
      return result.value as never;
    },
  };
};

export const closeTestApp = async (app: App) => {
  openApps.splice(openApps.indexOf(app), 1);
  await app.close();
};
