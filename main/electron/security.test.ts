import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../security/csp';
import { appEntryUrl } from './app-protocol';
import { type GuardedContents, guardNavigation } from './navigation-guard';
import { denyAllPermissions, type PermissionSession } from './permissions';
import { mainWindowOptions } from './window-options';

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...sources]) => [name, sources]),
  );

/** A stand-in for a WebContents: records listeners and lets the test fire them like Chromium would. */
const fakeContents = () => {
  const listeners = new Map<string, ((event: FakeEvent, url: string) => void)[]>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents: GuardedContents = {
    on: (name: string, listener: (event: FakeEvent, url: string) => void) => {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
    },
    setWindowOpenHandler: (handler) => {
      openHandler = handler;
    },
  };
  const emit = (name: string, url: string, withUrlOnEvent = true) => {
    const event = fakeEvent(withUrlOnEvent ? url : undefined);
    for (const listener of listeners.get(name) ?? []) listener(event, url);
    return event.defaultPrevented;
  };
  const openWindow = (url: string) => openHandler?.({ url });
  return { contents, emit, openWindow };
};

interface FakeEvent {
  url?: string;
  defaultPrevented: boolean;
  preventDefault: () => void;
}

const fakeEvent = (url?: string): FakeEvent => {
  const event: FakeEvent = {
    url,
    defaultPrevented: false,
    preventDefault: () => {
      event.defaultPrevented = true;
    },
  };
  return event;
};

describe('the Electron window', () => {
  it('isolates the renderer from Node and Electron', () => {
    const { webPreferences, ...window } = mainWindowOptions({ preload: '/app/dist/preload/index.cjs' });
    expect(webPreferences).toMatchObject({
      preload: '/app/dist/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(window).toMatchObject({ title: 'Lumenbase', width: 1280, height: 820, show: false });
    expect(window.minWidth).toBeLessThanOrEqual(window.width);
    expect(window.minHeight).toBeLessThanOrEqual(window.height);
  });

  it('is served a CSP that allows only the app’s own scripts and no plugins or framing', () => {
    const csp = directives(contentSecurityPolicy);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    for (const [name, sources] of csp) {
      if (name.startsWith('script-src') || name === 'default-src') {
        expect(sources).not.toContain("'unsafe-inline'");
        expect(sources).not.toContain("'unsafe-eval'");
      }
    }
  });

  it('stays on the app: navigation and redirects elsewhere are cancelled, in-app ones are not', () => {
    const { contents, emit } = fakeContents();
    guardNavigation(contents);

    expect(emit('will-navigate', 'https://evil.example/phish')).toBe(true);
    expect(emit('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(emit('will-navigate', 'app://lumenbase.evil.example/')).toBe(true);
    expect(emit('will-redirect', 'http://127.0.0.1:8080/')).toBe(true);
    expect(emit('will-navigate', 'https://evil.example/', false)).toBe(true);

    expect(emit('will-navigate', appEntryUrl)).toBe(false);
    expect(emit('will-navigate', `${appEntryUrl}contacts/12`, false)).toBe(false);
  });

  it('opens no windows and attaches no webviews', () => {
    const { contents, emit, openWindow } = fakeContents();
    guardNavigation(contents);

    expect(openWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(openWindow(`${appEntryUrl}invoices`)).toEqual({ action: 'deny' });
    expect(emit('will-attach-webview', 'https://example.com/')).toBe(true);
  });

  it('grants no browser permission', () => {
    const answers: boolean[] = [];
    let check: ((contents: unknown, permission: string) => boolean) | undefined;
    const session: PermissionSession = {
      setPermissionRequestHandler: (handler) => {
        for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
          handler({}, permission, (granted) => answers.push(granted));
        }
      },
      setPermissionCheckHandler: (handler) => {
        check = handler;
      },
    };
    denyAllPermissions(session);

    expect(answers).toEqual([false, false, false, false]);
    expect(check?.({}, 'clipboard-read')).toBe(false);
  });
});
