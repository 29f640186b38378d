/**
 * The main window's constructor options. Kept apart from main.ts so the security settings are read
 * and asserted by a test under plain Node.
 */
export const mainWindowOptions = ({ preload }: { preload: string }) => ({
  title: 'Lumenbase',
  width: 1280,
  height: 820,
  minWidth: 960,
  minHeight: 600,
  // Shown on 'ready-to-show' so the user never sees an empty frame while the renderer loads.
  show: false,
  webPreferences: {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
  },
});
