import { createHash } from 'node:crypto';
import { type PDFContext, PDFDocument, PDFObjectCopier, type PDFRef } from 'pdf-lib';
import type { DocumentBranding } from '../../shared/invoice-document';
import { lruCache } from './lru-cache';

export interface PreparedLogo {
  width: number;
  height: number;
  /** Copies the decoded, compressed image into a document and returns its reference there. */
  copyInto: (context: PDFContext) => PDFRef;
}

// Decoding a PNG and compressing its pixels costs milliseconds; a workspace prints one logo on every
// invoice, so it is done once per distinct image and copied as finished PDF objects after that.
const prepared = lruCache<Promise<PreparedLogo | null>>(8);

const prepare = async ({
  bytes,
  kind,
}: NonNullable<DocumentBranding['logo']>): Promise<PreparedLogo | null> => {
  const scratch = await PDFDocument.create({ updateMetadata: false });
  try {
    const image = kind === 'png' ? await scratch.embedPng(bytes) : await scratch.embedJpg(bytes);
    await image.embed();
    return {
      width: image.width,
      height: image.height,
      copyInto: (context) => PDFObjectCopier.for(scratch.context, context).copy(image.ref),
    };
  } catch {
    // Uploads are checked when made; should stored bytes still not decode, the invoice prints with the
    // seller's name as its header rather than not at all.
    return null;
  }
};

/** The branding's logo ready to place, or null when the header is text, or there is no logo that decodes. */
export const preparedLogo = async (branding: DocumentBranding): Promise<PreparedLogo | null> => {
  const { header, logo } = branding;
  if (header !== 'logo' || !logo) return null;
  const key = `${logo.kind}:${createHash('sha1').update(logo.bytes).digest('hex')}`;
  return prepared(key, () => prepare(logo));
};
