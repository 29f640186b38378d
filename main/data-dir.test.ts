import { describe, expect, it } from 'vitest';
import { defaultUserDataDir, readFlag, resolveDataDir } from './data-dir';

describe('the data folder', () => {
  it('comes from --data-dir first, in either flag form, then LUMENBASE_DATA_DIR, then the default', () => {
    const fallback = () => '/default';
    expect(resolveDataDir(['--data-dir', '/a'], { LUMENBASE_DATA_DIR: '/b' }, fallback)).toBe('/a');
    expect(resolveDataDir(['--data-dir=/a'], {}, fallback)).toBe('/a');
    expect(resolveDataDir([], { LUMENBASE_DATA_DIR: '/b' }, fallback)).toBe('/b');
    expect(resolveDataDir(['--port', '4000'], {}, fallback)).toBe('/default');
    expect(readFlag(['--port', '4000'], 'port')).toBe('4000');
  });

  it('defaults to the folder Electron uses for an app named Lumenbase', () => {
    expect(defaultUserDataDir({ XDG_CONFIG_HOME: '/home/z/.config' }, 'linux')).toBe(
      '/home/z/.config/Lumenbase',
    );
    expect(defaultUserDataDir({ APPDATA: 'C:/Users/z/AppData/Roaming' }, 'win32')).toMatch(
      /Roaming.Lumenbase$/,
    );
    expect(defaultUserDataDir({}, 'darwin')).toMatch(/Library.Application Support.Lumenbase$/);
  });
});
