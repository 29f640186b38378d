import { z } from 'zod';
import { type Address, addressInput, emailAddress, phoneNumber, text } from './fields';
import { readImageHeader } from './image-header';
import { type ChannelSpec, returns } from './ipc/channel';
import { currencyCode } from './money';

export const localeTag = text(35).regex(
  /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/,
  'Use a locale such as en, de-DE or fr-CA',
);

/** The seller printed on every invoice; art. 226 asks for the full name, address and VAT id. */
export const profileInput = z
  .object({
    legalName: text(200),
    address: addressInput,
    taxId: text(40),
    email: z.union([z.literal(''), emailAddress]),
    phone: phoneNumber,
    bankDetails: text(1000),
    locale: localeTag,
    baseCurrency: currencyCode,
  })
  .partial()
  .strict();

export interface WorkspaceProfile {
  legalName: string;
  address: Address;
  taxId: string;
  email: string;
  phone: string;
  bankDetails: string;
  locale: string;
  baseCurrency: string;
}

export const invoiceDefaultsInput = z
  .object({
    paymentTerms: z.enum(['net', 'end_of_month', 'on_receipt']),
    termsDays: z.number().int().min(0).max(365),
    rounding: z.enum(['half-up', 'half-even']),
    priceMode: z.enum(['net', 'gross']),
  })
  .partial()
  .strict();

export interface InvoiceDefaults {
  paymentTerms: 'net' | 'end_of_month' | 'on_receipt';
  termsDays: number;
  rounding: 'half-up' | 'half-even';
  priceMode: 'net' | 'gross';
}

export interface LogoInfo {
  kind: 'png' | 'jpeg';
  width: number;
  height: number;
  /** A data: URL, so the settings page can show it without another request. */
  dataUrl: string;
}

/** Logos arrive already downscaled to fit this box and rasterised (SVG included) by the renderer. */
export const logoMaxSide = 600;

const kindNames = { png: 'PNG', jpeg: 'JPEG' } as const;

const decodeBase64 = (base64: string): Uint8Array | null => {
  try {
    return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
};

/**
 * The bytes themselves are checked, not only the declared kind: a renamed file or an oversized image
 * would otherwise break every PDF printed later. Parsed, the input is the decoded image.
 */
export const logoInput = z
  .object({
    kind: z.enum(['png', 'jpeg']),
    /** The image bytes, base64; at most ~1.5 MB once decoded. */
    base64: z
      .string()
      .max(2_000_000, 'The logo is too large; use an image under 1.5 MB')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64'),
  })
  .strict()
  .transform(({ kind, base64 }, ctx) => {
    const bytes = decodeBase64(base64);
    const header = bytes && readImageHeader(bytes);
    const refuse = (path: string, message: string) => {
      ctx.issues.push({ code: 'custom', path: [path], message, input: base64 });
      return z.NEVER;
    };
    if (!bytes || !header) return refuse('base64', 'Not a PNG or JPEG image; choose a PNG, JPEG or SVG file');
    if (header.kind !== kind)
      return refuse('kind', `The image is a ${kindNames[header.kind]}, not a ${kindNames[kind]}`);
    if (header.width < 1 || header.height < 1) return refuse('base64', 'The image has no pixels');
    if (header.width > logoMaxSide || header.height > logoMaxSide) {
      return refuse(
        'base64',
        `The image is ${header.width}×${header.height} pixels; use at most ${logoMaxSide} pixels per side`,
      );
    }
    return { ...header, bytes };
  });

export const profileChannels = {
  'profile.get': {
    summary: 'The workspace profile printed on invoices, the invoice defaults and the logo',
    input: z.object({}).strict(),
    output: returns<{ profile: WorkspaceProfile; defaults: InvoiceDefaults; logo: LogoInfo | null }>(),
  },
  'profile.update': {
    summary: 'Change the legal name, address, tax id, bank details, locale or base currency',
    input: profileInput,
    output: returns<WorkspaceProfile>(),
  },
  'profile.updateInvoiceDefaults': {
    summary: 'Change the payment terms, rounding and price mode new invoices start with',
    input: invoiceDefaultsInput,
    output: returns<InvoiceDefaults>(),
  },
  'profile.setLogo': {
    summary: 'Store the logo (PNG or JPEG, already downscaled; SVG is rasterised before upload)',
    input: logoInput,
    output: returns<LogoInfo>(),
  },
  'profile.removeLogo': {
    summary: 'Remove the logo; templates with a logo header fall back to the name',
    input: z.object({}).strict(),
    output: returns<{ removed: boolean }>(),
  },
} satisfies Record<`profile.${string}`, ChannelSpec>;
