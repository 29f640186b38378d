import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { bridgeChannels } from '../../shared/ipc/bridge';
import { type App, startApp } from '../app';
import { resolveDataDir } from '../data-dir';
import { appEntryUrl, appScheme, serveAppRequest } from './app-protocol';
import { createInvokeListener, forwardEvents } from './ipc-bridge';
import { nativeBinding } from './native-binding';
import { guardNavigation } from './navigation-guard';
import { denyAllPermissions } from './permissions';
import { safeStorageSecrets } from './safe-storage-secrets';
import { mainWindowOptions } from './window-options';

// Bundled to dist/main/electron.cjs, beside dist/renderer and dist/preload.
const rendererDir = join(__dirname, '../renderer');
const preloadFile = join(__dirname, '../preload/index.cjs');

app.setName('Lumenbase');
if (process.platform === 'win32') app.setAppUserModelId('com.lumenbase.desktop');
app.enableSandbox();
protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let usesDefaultDataDir = false;
const dataDir = resolve(
  resolveDataDir(process.argv, process.env, () => {
    usesDefaultDataDir = true;
    return app.getPath('userData');
  }),
);
// The single-instance lock belongs to the Chromium profile; giving each explicit workspace its own
// profile means one window per workspace, while two workspaces (or parallel e2e runs) can coexist.
if (!usesDefaultDataDir) {
  const profileDir = join(dataDir, 'electron-profile');
  mkdirSync(profileDir, { recursive: true });
  app.setPath('userData', profileDir);
}

let running: App | undefined;
let stopForwarding: (() => void) | undefined;
let closed = false;

const createWindow = (): BrowserWindow => {
  const window = new BrowserWindow(mainWindowOptions({ preload: preloadFile }));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appEntryUrl);
  return window;
};

const focusWindow = () => {
  const [window] = BrowserWindow.getAllWindows();
  if (!window) {
    if (running) createWindow();
    return;
  }
  if (window.isMinimized()) window.restore();
  window.focus();
};

const startupFailed = (error: unknown, binding: string | undefined) => {
  const reason = error instanceof Error ? error.message : String(error);
  // An ABI mismatch means node_modules holds the Node build and the Electron copy was never made.
  const hint =
    !app.isPackaged && binding === undefined && reason.includes('NODE_MODULE_VERSION')
      ? '\n\nbetter-sqlite3 has not been built for Electron: run `node scripts/electron-native.mjs`.'
      : '';
  dialog.showErrorBox('Lumenbase could not start', `${reason}${hint}`);
  app.exit(1);
};

const start = async () => {
  const binding = nativeBinding({ packaged: app.isPackaged, appRoot: app.getAppPath() });
  try {
    const desktop = { openPath: (path: string) => shell.openPath(path) };
    const secrets = safeStorageSecrets(dataDir);
    const started = await startApp({ dataDir, nativeBinding: binding, secrets, desktop });
    running = started;
    protocol.handle(appScheme, (request) => serveAppRequest(request, rendererDir));
    denyAllPermissions(session.defaultSession);
    ipcMain.handle(bridgeChannels.invoke, createInvokeListener(started.dispatch));
    stopForwarding = forwardEvents(started.events, () =>
      BrowserWindow.getAllWindows().map((window) => window.webContents),
    );
    createWindow();
  } catch (error) {
    startupFailed(error, binding);
  }
};

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusWindow);
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents));
  app.on('activate', focusWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // The database is closed (WAL checkpointed) before the process ends, so quitting waits for it once.
  app.on('will-quit', (event) => {
    if (closed || !running) return;
    event.preventDefault();
    stopForwarding?.();
    ipcMain.removeHandler(bridgeChannels.invoke);
    running
      .close()
      .catch((error: unknown) => console.error(error))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
  void app.whenReady().then(start);
}
