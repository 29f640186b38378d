import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, type InlineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from '../main/security/csp';

/** One build for the three bundles: the renderer, the Node/Electron main entries, and the sandboxed preload. */
const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'dist');

const nodeBundle = (input: Record<string, string>, outDir: string): InlineConfig => ({
  root,
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    target: 'node20',
    outDir,
    emptyOutDir: false,
    minify: false,
    sourcemap: true,
    rollupOptions: {
      input,
      external: ['electron', 'better-sqlite3', /^node:/],
      output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs' },
    },
  },
  // Bundle every dependency except the native module and Electron, so a packaged app ships only those.
  ssr: { noExternal: true, external: ['electron', 'better-sqlite3'] },
});

/** Writes the CSP into index.html too, so the page is locked down even when opened without our headers. */
const cspMeta: Plugin = {
  name: 'lumenbase-csp-meta',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: {
        'http-equiv': 'Content-Security-Policy',
        // Browsers ignore frame-ancestors in a meta tag; the hosts send it as a header.
        content: contentSecurityPolicy.replace(/; frame-ancestors [^;]+/, ''),
      },
      injectTo: 'head-prepend',
    },
  ],
};

rmSync(out, { recursive: true, force: true });
await build({
  root: resolve(root, 'renderer'),
  configFile: false,
  logLevel: 'warn',
  base: './',
  plugins: [react(), cspMeta],
  build: {
    outDir: resolve(out, 'renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    chunkSizeWarningLimit: 2000,
  },
});
await build(
  nodeBundle(
    { electron: resolve(root, 'main/electron/main.ts'), 'web-host': resolve(root, 'main/web-host/cli.ts') },
    resolve(out, 'main'),
  ),
);
// The invoice PDF's fonts, which main/pdf/font/font-files.ts finds beside the bundle; the licence travels with them.
mkdirSync(resolve(out, 'fonts'));
for (const file of ['ttf/DejaVuSans.ttf', 'ttf/DejaVuSans-Bold.ttf', 'LICENSE']) {
  copyFileSync(
    resolve(root, 'node_modules/dejavu-fonts-ttf', file),
    resolve(out, 'fonts', file.replace('ttf/', '')),
  );
}
// The sandboxed preload can require nothing but 'electron', so it is built alone into one file.
await build(nodeBundle({ index: resolve(root, 'preload/index.ts') }, resolve(out, 'preload')));
console.log(`Built ${out}`);
