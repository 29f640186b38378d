import { z } from 'zod';

const describeValue = (value: unknown) => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
};

/** Messages a person can read, used by both the main process and the forms. */
z.config({
  customError: (issue) => {
    if (issue.code === 'invalid_type') {
      if (issue.expected === 'int' && typeof issue.input === 'number') return 'Expected a whole number';
      return issue.input === undefined
        ? 'Required'
        : `Expected ${issue.expected}, not ${describeValue(issue.input)}`;
    }
    if (issue.code === 'unrecognized_keys') return `Unknown field: ${issue.keys.join(', ')}`;
    return undefined;
  },
});

/** Building blocks for channel inputs: every string is bounded so oversized input is refused early. */
export const recordId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const byIdInput = z.object({ id: recordId }).strict();

export const text = (max: number) => z.string().trim().max(max, `Use at most ${max} characters`);

export const requiredText = (label: string, max: number) => text(max).min(1, `${label} is required`);

export const emailAddress = z
  .string()
  .trim()
  .max(254, 'Use at most 254 characters')
  .pipe(z.email('Enter a valid email address'));

export const phoneNumber = text(40).regex(/^[+()\d\s./-]*$/, 'Use digits, spaces and + ( ) - . / only');

export const websiteUrl = text(300).refine(
  (value) => value === '' || /^(https?:\/\/)?[\w-]+(\.[\w-]+)+(\/\S*)?$/i.test(value),
  'Enter a web address such as example.com',
);

export const tagList = z.array(requiredText('Tag', 40)).max(30, 'Use at most 30 tags');

export const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^([A-Z]{2})?$/, 'Use a two-letter country code such as DE');

export const addressInput = z
  .object({
    line1: text(200).default(''),
    line2: text(200).default(''),
    city: text(100).default(''),
    postalCode: text(20).default(''),
    region: text(100).default(''),
    country: countryCode.default(''),
  })
  .strict();

export type Address = z.output<typeof addressInput>;

export const emptyAddress: Address = {
  line1: '',
  line2: '',
  city: '',
  postalCode: '',
  region: '',
  country: '',
};

export const pageInput = {
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(100),
};

export const archiveFilter = z.enum(['active', 'archived', 'all']).default('active');

export interface Page<Row> {
  rows: Row[];
  total: number;
}

export type ArchiveFilter = z.output<typeof archiveFilter>;
