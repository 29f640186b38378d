import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor } from '../renderer-files/renderer-files';
import { contentSecurityPolicy } from '../security/csp';
import { makeTempDir } from '../test-support';
import { isAppUrl, resolveAppFile, serveAppRequest } from './app-protocol';

const renderer = '/opt/lumenbase/dist/renderer';

/** A built renderer next to a secret, so a traversal that worked would have something to read. */
const builtRenderer = () => {
  const root = makeTempDir();
  const dir = join(root, 'renderer');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Lumenbase</title>');
  writeFileSync(join(dir, 'assets', 'index-3f2a.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'private');
  return dir;
};

describe('app:// URLs', () => {
  it('map onto files inside the renderer folder', () => {
    expect(resolveAppFile('app://lumenbase/assets/index-3f2a.js', renderer)).toBe(
      join(renderer, 'assets', 'index-3f2a.js'),
    );
    expect(resolveAppFile('app://lumenbase/assets/font%20one.woff2?v=2#x', renderer)).toBe(
      join(renderer, 'assets', 'font one.woff2'),
    );
  });

  it('without a file extension are client-side routes and get index.html', () => {
    expect(resolveAppFile('app://lumenbase/', renderer)).toBe(join(renderer, 'index.html'));
    expect(resolveAppFile('app://lumenbase', renderer)).toBe(join(renderer, 'index.html'));
    expect(resolveAppFile('app://lumenbase/contacts/42', renderer)).toBe(join(renderer, 'index.html'));
  });

  it('never leave the renderer folder, however the way out is spelled', () => {
    for (const url of [
      'app://lumenbase/..%2f..%2fsecret.txt',
      'app://lumenbase/..%2F..%2Fsecret.txt',
      'app://lumenbase/assets/..%2f..%2f..%2fsecret.txt',
      'app://lumenbase/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://lumenbase/..%5c..%5csecret.txt',
      'app://lumenbase/..\\..\\secret.txt',
      'app://lumenbase/%2fetc%2fpasswd.txt',
      'app://lumenbase/C:%5cWindows%5cwin.ini',
      'app://lumenbase/index.html%00.png',
      'app://lumenbase/%E0%A4%A.js',
    ]) {
      expect(resolveAppFile(url, renderer), url).toBeNull();
    }
    // The URL parser itself folds plain dot segments away before they reach the folder.
    expect(resolveAppFile('app://lumenbase/../../secret.txt', renderer)).toBe(join(renderer, 'secret.txt'));
  });

  it('on another host or scheme are not the app', () => {
    for (const url of [
      'app://evil/index.html',
      'app://lumenbase.evil.example/index.html',
      'app://lumenbase:8080/index.html',
      'app://user@lumenbase/index.html',
      'file:///opt/lumenbase/dist/renderer/index.html',
      'https://lumenbase/index.html',
      'not a url',
    ]) {
      expect(resolveAppFile(url, renderer), url).toBeNull();
      expect(isAppUrl(url), url).toBe(false);
    }
    expect(isAppUrl('app://lumenbase/contacts')).toBe(true);
  });

  it('are answered with the right content type', () => {
    expect(contentTypeFor('/r/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/r/assets/app.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/r/assets/app.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/r/assets/inter.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/r/icon.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('/r/blob.bin')).toBe('application/octet-stream');
  });
});

describe('serving app:// requests', () => {
  it('returns the built files with the CSP on every response', async () => {
    const dir = builtRenderer();

    const page = await serveAppRequest({ url: 'app://lumenbase/invoices/7', method: 'GET' }, dir);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await page.text()).toContain('<title>Lumenbase</title>');

    const script = await serveAppRequest({ url: 'app://lumenbase/assets/index-3f2a.js', method: 'GET' }, dir);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await script.text()).toBe('console.log(1)');
  });

  it('answers 404 for a missing file or a way out, without revealing anything', async () => {
    const dir = builtRenderer();
    for (const url of ['app://lumenbase/assets/missing.js', 'app://lumenbase/..%2fsecret.txt']) {
      const response = await serveAppRequest({ url, method: 'GET' }, dir);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
      expect(await response.text()).not.toContain('private');
    }
  });

  it('refuses anything but reading', async () => {
    const response = await serveAppRequest({ url: 'app://lumenbase/', method: 'POST' }, builtRenderer());
    expect(response.status).toBe(405);
  });
});
