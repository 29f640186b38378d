import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Envelope, ErrorCode } from '../../shared/ipc/channel';
import type { App } from '../app';
import { readRendererFile } from '../renderer-files/renderer-files';
import { contentSecurityPolicy } from '../security/csp';
import { describeChannels } from './rpc-catalog';

export interface WebHost {
  url: string;
  close: () => Promise<void>;
}

export interface WebHostOptions {
  app: Pick<App, 'dispatch' | 'events'>;
  rendererDir: string;
  port?: number;
}

// CSV imports send the file text (capped at 20 MB) inside the JSON input.
const maxBodyBytes = 32 * 1024 * 1024;

const statusFor: Record<ErrorCode, number> = {
  invalid_input: 400,
  not_found: 404,
  unknown_channel: 404,
  conflict: 409,
  internal: 500,
};

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

const sendJson = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
};

const refuse = (res: ServerResponse, status: number, code: ErrorCode, message: string) =>
  sendJson(res, status, { ok: false, error: { code, message } } satisfies Envelope<never>);

const readBody = (req: IncomingMessage): Promise<string | null> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // An oversized body is drained, not cut off, so the client still reads the 413 answer.
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBodyBytes) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > maxBodyBytes ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

/**
 * Only pages this host served may call it: the Host header must be loopback (no DNS rebinding) and a
 * cross-site page cannot send JSON without a CORS preflight, which this host never grants.
 */
const isTrustedRequest = (req: IncomingMessage, port: number) => {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowedHosts.includes(req.headers.host ?? '')) return false;
  const origin = req.headers.origin;
  return origin === undefined || allowedHosts.some((host) => origin === `http://${host}`);
};

const handleRpc = async (
  req: IncomingMessage,
  res: ServerResponse,
  app: WebHostOptions['app'],
  channel: string,
) => {
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return refuse(res, 415, 'invalid_input', 'Send the input as JSON with Content-Type: application/json');
  }
  const body = await readBody(req);
  if (body === null) return refuse(res, 413, 'invalid_input', 'The input is larger than 32 MB');
  let input: unknown;
  try {
    input = body.trim() === '' ? undefined : JSON.parse(body);
  } catch {
    return refuse(res, 400, 'invalid_input', 'The input is not valid JSON');
  }
  const result = await app.dispatch(channel, input);
  sendJson(res, result.ok ? 200 : statusFor[result.error.code], result);
};

const streamEvents = (req: IncomingMessage, res: ServerResponse, app: WebHostOptions['app']) => {
  res.writeHead(200, { ...securityHeaders, 'Content-Type': 'text/event-stream', Connection: 'keep-alive' });
  res.write(': connected\n\n');
  const unsubscribe = app.events.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
  req.on('close', unsubscribe);
};

/** Serves the built renderer and the same handler table as Electron, over HTTP on 127.0.0.1 only. */
export const startWebHost = async ({ app, rendererDir, port = 0 }: WebHostOptions): Promise<WebHost> => {
  let boundPort = port;
  const server = createServer(async (req, res) => {
    try {
      if (!isTrustedRequest(req, boundPort))
        return refuse(res, 403, 'invalid_input', 'Requests must come from this host');
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (path === '/rpc' && req.method === 'GET')
        return sendJson(res, 200, { channels: describeChannels() });
      if (path.startsWith('/rpc/')) {
        if (req.method !== 'POST') return refuse(res, 405, 'invalid_input', `Use POST for ${path}`);
        return await handleRpc(req, res, app, path.slice('/rpc/'.length));
      }
      if (path === '/events' && req.method === 'GET') return streamEvents(req, res, app);
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return refuse(res, 405, 'invalid_input', 'Method not allowed');
      const file = await readRendererFile(path, rendererDir);
      if (!file) return refuse(res, 404, 'not_found', `Nothing at ${path}`);
      res.writeHead(200, { ...securityHeaders, 'Content-Type': file.contentType });
      res.end(req.method === 'HEAD' ? undefined : file.body);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) refuse(res, 500, 'internal', 'Something went wrong; nothing was saved.');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  boundPort = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${boundPort}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
