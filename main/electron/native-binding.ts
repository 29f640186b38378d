import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where scripts/electron-native.mjs puts better-sqlite3 built for Electron's ABI, relative to the app
 * root; node_modules keeps the Node build that the tests and the web host load.
 */
export const electronNativeBindingPath = [
  '.electron-native',
  'better-sqlite3',
  'build',
  'Release',
  'better_sqlite3.node',
];

export interface NativeBindingOptions {
  packaged: boolean;
  appRoot: string;
  exists?: (file: string) => boolean;
}

/**
 * The better-sqlite3 binary the Electron build must load, or undefined for the package's own. A
 * packaged app has no choice to make: electron-builder rebuilds better-sqlite3 for Electron.
 */
export const nativeBinding = ({
  packaged,
  appRoot,
  exists = existsSync,
}: NativeBindingOptions): string | undefined => {
  if (packaged) return undefined;
  const file = join(appRoot, ...electronNativeBindingPath);
  return exists(file) ? file : undefined;
};
