import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../test-support';
import { electronNativeBindingPath, nativeBinding } from './native-binding';

describe('the better-sqlite3 binary for Electron', () => {
  it('is the one scripts/electron-native.mjs built when running from the project folder', () => {
    const appRoot = makeTempDir();
    expect(nativeBinding({ packaged: false, appRoot })).toBeUndefined();

    const built = join(appRoot, ...electronNativeBindingPath);
    mkdirSync(dirname(built), { recursive: true });
    writeFileSync(built, '');
    expect(nativeBinding({ packaged: false, appRoot })).toBe(built);
    expect(built).toBe(join(appRoot, '.electron-native/better-sqlite3/build/Release/better_sqlite3.node'));
  });

  it('is the package’s own in a packaged app, which electron-builder rebuilt for Electron', () => {
    expect(
      nativeBinding({ packaged: true, appRoot: '/opt/Lumenbase/resources/app.asar', exists: () => true }),
    ).toBeUndefined();
  });
});
