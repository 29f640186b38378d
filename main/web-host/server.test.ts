import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { channelNames } from '../../shared/ipc/contract';
import { contentSecurityPolicy } from '../security/csp';
import { makeTempDir, startTestApp } from '../test-support';
import { startWebHost, type WebHost } from './server';

const hosts: WebHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((host) => host.close()));
});

const startHost = async () => {
  const app = await startTestApp();
  const rendererDir = join(makeTempDir(), 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Lumenbase</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(rendererDir, '..', 'secret.txt'), 'do not serve');
  const host = await startWebHost({ app, rendererDir });
  hosts.push(host);
  return { app, host };
};

const post = (host: WebHost, channel: string, body: string, headers: Record<string, string> = {}) =>
  fetch(new URL(`rpc/${channel}`, host.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  });

describe('web host', () => {
  it('listens on loopback only and lists every channel with its input as JSON Schema', async () => {
    const { host } = await startHost();
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const catalog = (await (await fetch(new URL('rpc', host.url))).json()) as {
      channels: { name: string; path: string; input: { type?: string; properties?: object } }[];
    };
    expect(catalog.channels.map((c) => c.name)).toEqual(channelNames);
    const create = catalog.channels.find((c) => c.name === 'contacts.create');
    expect(create).toMatchObject({
      path: '/rpc/contacts.create',
      input: { type: 'object', required: ['firstName'] },
    });
  });

  it('runs a channel and answers the envelope, with HTTP status by error code', async () => {
    const { host } = await startHost();
    const created = await post(host, 'companies.create', JSON.stringify({ name: 'Acme' }));
    expect(created.status).toBe(200);
    expect(await created.json()).toMatchObject({ ok: true, value: { name: 'Acme', id: expect.any(Number) } });

    const invalid = await post(host, 'companies.create', JSON.stringify({ name: 42 }));
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { name: expect.any(String) } },
    });

    const missing = await post(host, 'companies.get', JSON.stringify({ id: 999 }));
    expect(missing.status).toBe(404);
    expect((await post(host, 'companies.drop', '{}')).status).toBe(404);
    expect((await post(host, 'companies.create', '{"name": ')).status).toBe(400);
    expect((await post(host, 'companies.create', 'x'.repeat(33 * 1024 * 1024))).status).toBe(413);
  });

  it('refuses requests a foreign web page could make', async () => {
    const { host, app } = await startHost();
    const plainText = await post(host, 'companies.create', '{"name":"Evil"}', {
      'Content-Type': 'text/plain',
    });
    expect(plainText.status).toBe(415);
    const crossSite = await post(host, 'companies.create', '{"name":"Evil"}', {
      Origin: 'https://evil.example',
    });
    expect(crossSite.status).toBe(403);
    expect((await app.call('companies.list', {})).total).toBe(0);
  });

  it('serves the renderer with the CSP and never a file outside it', async () => {
    const { host } = await startHost();
    const page = await fetch(host.url);
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await page.text()).toContain('<title>Lumenbase</title>');
    expect(await (await fetch(new URL('assets/app.js', host.url))).text()).toBe('console.log(1)');
    for (const path of ['/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      expect(await (await fetch(`${host.url.slice(0, -1)}${path}`)).text()).not.toContain('do not serve');
    }
  });

  it('pushes change events to the page over server-sent events', async () => {
    const { host } = await startHost();
    const controller = new AbortController();
    const stream = await fetch(new URL('events', host.url), { signal: controller.signal });
    const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    await post(host, 'contacts.create', JSON.stringify({ firstName: 'Ada' }));
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toContain('"name":"records.changed"');
    controller.abort();
  });
});
