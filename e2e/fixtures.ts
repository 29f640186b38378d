import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';

const hostEntry = join(import.meta.dirname, '..', 'dist', 'main', 'web-host.cjs');

export interface RunningHost {
  url: string;
  dataDir: string;
  /** Stops the host process and starts a new one on the same data folder, as a relaunch would. */
  restart: () => Promise<void>;
  /** Calls a channel directly, to create test data through the API rather than by clicking. */
  call: <T = unknown>(channel: string, input: unknown) => Promise<T>;
}

const launch = (dataDir: string): Promise<{ child: ChildProcess; url: string }> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [hostEntry, '--port', '0', '--data-dir', dataDir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = output.match(/http:\/\/127\.0\.0\.1:\d+\//)?.[0];
      if (url) resolve({ child, url });
    });
    child.once('exit', (code) =>
      reject(new Error(`web host exited with ${code} before listening: ${output}`)),
    );
  });

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

/** Each test gets its own web host process on its own fresh workspace folder. */
export const test = base.extend<{ host: RunningHost }>({
  host: async ({ page }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lumenbase-e2e-'));
    let running = await launch(dataDir);
    const host: RunningHost = {
      dataDir,
      get url() {
        return running.url;
      },
      restart: async () => {
        await stop(running.child);
        running = await launch(dataDir);
      },
      call: async (channel, input) => {
        const response = await page.request.post(`${running.url}rpc/${channel}`, { data: input });
        const envelope = await response.json();
        if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
        return envelope.value;
      },
    };
    await use(host);
    await stop(running.child);
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
