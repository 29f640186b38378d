import { randomBytes } from 'node:crypto';
import { chmod, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Where a secret is kept: encrypted by the operating system's keychain, or in a file only the user can read. */
export type SecretBackend = 'os' | 'file';

/** Secrets (the SMTP password) live apart from the workspace database, so a copied .sqlite file holds none. */
export interface SecretStore {
  backend: SecretBackend;
  get: (key: string) => Promise<string | undefined>;
  set: (key: string, value: string) => Promise<void>;
  delete: (key: string) => Promise<void>;
}

export const secretsFileName = 'secrets.json';

/** How a secret is written to the file; the Electron host encrypts with safeStorage. */
export interface SecretCodec {
  backend: SecretBackend;
  encode: (value: string) => string;
  decode: (stored: string) => string;
}

const plainCodec: SecretCodec = { backend: 'file', encode: (value) => value, decode: (stored) => stored };

/** Each entry says how it was written, so a store whose encryption became unavailable still reads plain ones. */
interface StoredSecret {
  backend: SecretBackend;
  value: string;
}

type SecretsFile = Record<string, StoredSecret>;

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * Secrets as a JSON file in the data folder, readable by its owner only (mode 0600). Each change writes a
 * temporary file and renames it over the old one, so a crash leaves either the old file or the new one.
 */
export const fileSecretStore = (dataDir: string, codec: SecretCodec = plainCodec): SecretStore => {
  const file = join(dataDir, secretsFileName);
  const readAll = async (): Promise<SecretsFile> => {
    try {
      return JSON.parse(await readFile(file, 'utf8')) as SecretsFile;
    } catch (error) {
      if (isMissing(error)) return {};
      throw error;
    }
  };
  const writeAll = async (secrets: SecretsFile) => {
    const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(temporary, JSON.stringify(secrets, null, 2), { mode: 0o600, flush: true });
      // The mode given to writeFile is masked by the umask; the file must not be group- or world-readable.
      await chmod(temporary, 0o600);
      await rename(temporary, file);
    } finally {
      await rm(temporary, { force: true });
    }
  };
  return {
    backend: codec.backend,
    get: async (key) => {
      const stored = (await readAll())[key];
      if (!stored) return undefined;
      if (stored.backend === codec.backend) return codec.decode(stored.value);
      return stored.backend === 'file' ? stored.value : undefined;
    },
    set: async (key, value) => {
      await writeAll({ ...(await readAll()), [key]: { backend: codec.backend, value: codec.encode(value) } });
    },
    delete: async (key) => {
      const secrets = await readAll();
      if (!(key in secrets)) return;
      delete secrets[key];
      await writeAll(secrets);
    },
  };
};
