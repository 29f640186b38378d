import { join } from 'node:path';
import { startApp } from '../app';
import { defaultUserDataDir, readFlag, resolveDataDir } from '../data-dir';
import { startWebHost } from './server';

/** `node dist/main/web-host.cjs [--port N] [--data-dir DIR]`: the app in any browser, on this machine only. */
const main = async () => {
  const argv = process.argv.slice(2);
  const portFlag = readFlag(argv, 'port') ?? '0';
  const port = Number(portFlag);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, not "${portFlag}"`);
  }
  const dataDir = resolveDataDir(argv, process.env, () => defaultUserDataDir());
  const app = await startApp({ dataDir });
  const host = await startWebHost({ app, rendererDir: join(__dirname, '..', 'renderer'), port });
  console.log(`Lumenbase web host: ${host.url} (workspace ${dataDir})`);

  const stop = async () => {
    await host.close();
    await app.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

main().catch((error: unknown) => {
  console.error(
    `Lumenbase web host could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
