import { isAppUrl } from './app-protocol';

interface PreventableEvent {
  preventDefault: () => void;
  /** Electron puts the target here; older builds pass it only as the second argument. */
  url?: string;
}

/** The part of Electron's WebContents the guard needs, so it runs (and is tested) without Electron. */
export interface GuardedContents {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: PreventableEvent, url: string) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Keeps a window on app://lumenbase: it may not navigate or be redirected anywhere else, may not
 * open new windows and may not attach a <webview>. Every route change inside the app is client-side,
 * so nothing legitimate is lost.
 */
export const guardNavigation = (contents: GuardedContents): void => {
  const stayInApp = (event: PreventableEvent, url: string) => {
    if (!isAppUrl(event.url ?? url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
};
