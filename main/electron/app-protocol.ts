import { readRendererFile, resolveRendererFile } from '../renderer-files/renderer-files';
import { contentSecurityPolicy } from '../security/csp';

/** The renderer is served from its own origin, so 'self' in the CSP means exactly the built app. */
export const appScheme = 'app';
export const appHost = 'lumenbase';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/`;

const parse = (url: string): URL | null => {
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

const isAppLocation = (parsed: URL): boolean =>
  parsed.protocol === `${appScheme}:` &&
  parsed.host === appHost &&
  parsed.username === '' &&
  parsed.password === '';

/** True for any URL on app://lumenbase; everything else is foreign to the app. */
export const isAppUrl = (url: string): boolean => {
  const parsed = parse(url);
  return parsed !== null && isAppLocation(parsed);
};

/** The file inside `rendererDir` an app:// URL names, or null when the URL is not ours or leaves it. */
export const resolveAppFile = (url: string, rendererDir: string): string | null => {
  const parsed = parse(url);
  return parsed && isAppLocation(parsed) ? resolveRendererFile(parsed.pathname, rendererDir) : null;
};

const securityHeaders = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
};

const notFound = () =>
  new Response('Not found', {
    status: 404,
    headers: { ...securityHeaders, 'content-type': 'text/plain; charset=utf-8' },
  });

/** Answers one app:// request from the built renderer; every response carries the CSP. */
export const serveAppRequest = async (
  request: { url: string; method: string },
  rendererDir: string,
): Promise<Response> => {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', {
      status: 405,
      headers: { ...securityHeaders, allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  const parsed = parse(request.url);
  const file = parsed && isAppLocation(parsed) ? await readRendererFile(parsed.pathname, rendererDir) : null;
  if (!file) return notFound();
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), {
    status: 200,
    headers: { ...securityHeaders, 'content-type': file.contentType },
  });
};
