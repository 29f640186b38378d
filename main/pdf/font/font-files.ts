import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTrueType, type TrueTypeFont } from './truetype';

export interface InvoiceFonts {
  regular: TrueTypeFont;
  bold: TrueTypeFont;
}

export const fontFiles: Record<keyof InvoiceFonts, string> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
};

/**
 * The sources run beside node_modules; the built bundle (dist/main/*.cjs or dist/main/chunks/*.cjs, also
 * inside a packaged app's archive) finds the copies scripts/build.ts puts in dist/fonts. Walking up from
 * this module covers both without knowing which chunk the bundler put it in.
 */
export const findFontFolder = (): string => {
  const tried: string[] = [];
  for (let dir = dirname(fileURLToPath(import.meta.url)), level = 0; level < 5; level++, dir = dirname(dir)) {
    for (const folder of [join(dir, 'fonts'), join(dir, 'node_modules', 'dejavu-fonts-ttf', 'ttf')]) {
      if (existsSync(join(folder, fontFiles.regular))) return folder;
      tried.push(folder);
    }
  }
  throw new Error(`The invoice fonts are missing; looked in ${tried.join(', ')}`);
};

let loaded: InvoiceFonts | undefined;

/** DejaVu Sans and Sans Bold, read and parsed once per process. */
export const invoiceFonts = (): InvoiceFonts => {
  if (!loaded) {
    const folder = findFontFolder();
    loaded = {
      regular: readTrueType(readFileSync(join(folder, fontFiles.regular))),
      bold: readTrueType(readFileSync(join(folder, fontFiles.bold))),
    };
  }
  return loaded;
};
