import { safeStorage } from 'electron';
import { fileSecretStore, type SecretStore } from '../email/secret-store';

/**
 * Secrets encrypted by the OS keychain (Keychain, DPAPI, libsecret/kwallet) through Electron's safeStorage,
 * kept as base64 in the same secrets file. On Linux without a keyring safeStorage falls back to a fixed key
 * ("basic_text"), which protects nothing, so that counts as the plain file store and says so.
 */
export const safeStorageSecrets = (dataDir: string): SecretStore => {
  const protectedByOs =
    safeStorage.isEncryptionAvailable() &&
    (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text');
  if (!protectedByOs) return fileSecretStore(dataDir);
  return fileSecretStore(dataDir, {
    backend: 'os',
    encode: (value) => safeStorage.encryptString(value).toString('base64'),
    decode: (stored) => safeStorage.decryptString(Buffer.from(stored, 'base64')),
  });
};
