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
