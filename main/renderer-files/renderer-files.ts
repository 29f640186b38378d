import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

const decodeSegment = (segment: string): string | null => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
};

// A decoded segment must name one entry in one folder: encoded separators (`..%2f`, `%5c`), dot
// segments, NUL and drive or stream colons on Windows would all let a URL step outside that folder.
const isPlainSegment = (segment: string): boolean =>
  segment !== '.' && segment !== '..' && !/[/\\\0:]/.test(segment);

/**
 * The file inside `rendererDir` a URL path names, or null when it would leave the folder. Paths without
 * an extension are client-side routes, so they get index.html. Both hosts serve the renderer with this.
 */
export const resolveRendererFile = (pathname: string, rendererDir: string): string | null => {
  const segments: string[] = [];
  for (const raw of pathname.split('/')) {
    if (raw === '') continue;
    const segment = decodeSegment(raw);
    if (segment === null || !isPlainSegment(segment)) return null;
    segments.push(segment);
  }
  const last = segments.at(-1);
  if (last === undefined || extname(last) === '') return resolve(rendererDir, 'index.html');

  const root = resolve(rendererDir);
  const file = resolve(root, ...segments);
  const inside = relative(root, file);
  if (inside === '' || isAbsolute(inside) || inside.split(sep)[0] === '..') return null;
  return file;
};

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export const contentTypeFor = (file: string): string =>
  contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';

/** The file's bytes and content type, or null when the path is refused or the file is missing. */
export const readRendererFile = async (pathname: string, rendererDir: string) => {
  const file = resolveRendererFile(pathname, rendererDir);
  if (!file) return null;
  try {
    return { body: await readFile(file), contentType: contentTypeFor(file) };
  } catch {
    return null;
  }
};
