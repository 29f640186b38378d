import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

const requireFromProject = createRequire(join(projectRoot, 'package.json'));

/**
 * The Electron executable, or undefined when only the npm package is installed (its binary was
 * skipped, failed to download, or electron is not installed at all). The package's own entry point
 * reads path.txt, honours ELECTRON_OVERRIDE_DIST_PATH and throws when the download never finished.
 */
export const electronBinary = () => {
  let binary;
  try {
    binary = requireFromProject('electron');
  } catch {
    return undefined;
  }
  return typeof binary === 'string' && existsSync(binary) ? binary : undefined;
};

export const electronVersion = () =>
  JSON.parse(readFileSync(requireFromProject.resolve('electron/package.json'), 'utf8')).version;
