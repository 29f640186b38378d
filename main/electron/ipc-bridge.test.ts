import { describe, expect, it } from 'vitest';
import { bridgeChannels } from '../../shared/ipc/bridge';
import { startTestApp } from '../test-support';
import { createInvokeListener, type EventReceiver, forwardEvents } from './ipc-bridge';

const fromFrame = (url: string) => ({ senderFrame: { url } });

/** A stand-in for a window's WebContents that remembers what it was sent. */
const fakeWindow = (url: string, destroyed = false) => {
  const sent: unknown[][] = [];
  const receiver: EventReceiver = {
    isDestroyed: () => destroyed,
    getURL: () => url,
    send: (...args) => {
      sent.push(args);
    },
  };
  return { receiver, sent };
};

describe('the Electron IPC bridge', () => {
  it('answers the app’s own frames through the real dispatcher', async () => {
    const app = await startTestApp();
    const invoke = createInvokeListener(app.dispatch);

    const created = await invoke(fromFrame('app://lumenbase/contacts'), 'contacts.create', {
      firstName: 'Ada',
    });
    expect(created).toMatchObject({ ok: true, value: { firstName: 'Ada' } });
    expect(await invoke(fromFrame('app://lumenbase/'), 'contacts.drop', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_channel' },
    });
    expect(await invoke(fromFrame('app://lumenbase/'), 42, {})).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('refuses frames that are not the app, and frames that are gone, before touching the data', async () => {
    const app = await startTestApp();
    const invoke = createInvokeListener(app.dispatch);

    for (const url of [
      'https://evil.example/',
      'file:///tmp/x.html',
      'app://other/',
      'devtools://devtools/',
    ]) {
      await expect(invoke(fromFrame(url), 'contacts.create', { firstName: 'Mallory' }), url).rejects.toThrow(
        /outside the app/,
      );
    }
    await expect(
      invoke({ senderFrame: null }, 'contacts.create', { firstName: 'Mallory' }),
    ).rejects.toThrow();
    expect((await app.call('contacts.list', { status: 'all' })).total).toBe(0);
  });

  it('pushes events to every live app window and to nothing else', async () => {
    const app = await startTestApp();
    const main = fakeWindow('app://lumenbase/contacts');
    const second = fakeWindow('app://lumenbase/');
    const closed = fakeWindow('app://lumenbase/', true);
    const foreign = fakeWindow('https://evil.example/');
    const stop = forwardEvents(app.events, () => [
      main.receiver,
      second.receiver,
      closed.receiver,
      foreign.receiver,
    ]);

    await app.call('contacts.create', { firstName: 'Ada' });
    expect(main.sent).toEqual([
      [bridgeChannels.event, { name: 'records.changed', payload: expect.anything() }],
    ]);
    expect(second.sent).toEqual(main.sent);
    expect(closed.sent).toEqual([]);
    expect(foreign.sent).toEqual([]);

    stop();
    await app.call('contacts.create', { firstName: 'Grace' });
    expect(main.sent).toHaveLength(1);
  });
});
