import { homedir } from 'node:os';
import { join } from 'node:path';

/** `--name value` or `--name=value` from a command line. */
export const readFlag = (argv: readonly string[], name: string): string | undefined => {
  const prefix = `--${name}=`;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === `--${name}`) return argv[i + 1];
    if (arg.startsWith(prefix)) return arg.slice(prefix.length);
  }
  return undefined;
};

/** Where the workspace lives: `--data-dir`, then LUMENBASE_DATA_DIR, then the host's default. */
export const resolveDataDir = (
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  fallback: () => string,
): string => readFlag(argv, 'data-dir') ?? env.LUMENBASE_DATA_DIR ?? fallback();

/** The folder Electron's app.getPath('userData') gives for "Lumenbase", so both hosts share a workspace. */
export const defaultUserDataDir = (
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string => {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Lumenbase');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Lumenbase');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Lumenbase');
};
