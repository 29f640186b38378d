import { z } from 'zod';
import { type ChannelSpec, returns } from './ipc/channel';

export const importKinds = ['contacts', 'companies', 'deals'] as const;
export type ImportKind = (typeof importKinds)[number];

/** The largest file the import takes; a UTF-8 file of this many bytes never has more characters. */
export const maxCsvBytes = 20 * 1024 * 1024;

/** The run answers with at most this many row errors; `failed` still counts them all. */
export const maxReportedErrors = 10_000;

export interface ImportField {
  key: string;
  /** Shown in the mapping selects and used as the export's column header, so an export imports back. */
  label: string;
  /** Other header names that mean this field; compared ignoring case, accents, spaces and punctuation. */
  aliases: readonly string[];
  /** Several columns may fill a list field, and one cell may hold several values separated by , or ;. */
  list?: boolean;
}

const address = [
  { key: 'line1', label: 'Address line 1', aliases: ['Address', 'Street', 'Street address', 'Address 1'] },
  { key: 'line2', label: 'Address line 2', aliases: ['Address 2'] },
  { key: 'postalCode', label: 'Postal code', aliases: ['Zip', 'Zip code', 'Postcode', 'PLZ'] },
  { key: 'city', label: 'City', aliases: ['Town', 'Ort', 'Ville'] },
  { key: 'region', label: 'Region', aliases: ['State', 'Province', 'County'] },
  { key: 'country', label: 'Country', aliases: ['Country code', 'Land', 'Pays'] },
] as const satisfies readonly ImportField[];

const email = {
  key: 'email',
  label: 'Email',
  aliases: ['E-mail', 'Email address', 'E-mail address', 'Mail', 'Emails', 'Work email'],
  list: true,
} as const satisfies ImportField;
const phone = {
  key: 'phone',
  label: 'Phone',
  aliases: ['Telephone', 'Phone number', 'Mobile', 'Tel', 'Phones', 'Cell', 'Work phone'],
  list: true,
} as const satisfies ImportField;
const tags = {
  key: 'tags',
  label: 'Tags',
  aliases: ['Tag', 'Labels', 'Categories'],
  list: true,
} as const satisfies ImportField;
const notes = {
  key: 'notes',
  label: 'Notes',
  aliases: ['Note', 'Comments', 'Description'],
} as const satisfies ImportField;
const company = {
  key: 'company',
  label: 'Company',
  aliases: [
    'Company name',
    'Organisation',
    'Organization',
    'Account',
    'Client',
    'Customer',
    'Employer',
    'Firma',
  ],
} as const satisfies ImportField;

/** The fields a column can fill, per kind, in the order the mapping selects offer them. */
export const importFields = {
  contacts: [
    {
      key: 'firstName',
      label: 'First name',
      aliases: ['Firstname', 'First', 'Given name', 'Forename', 'Vorname'],
    },
    { key: 'lastName', label: 'Last name', aliases: ['Lastname', 'Surname', 'Family name', 'Nachname'] },
    { key: 'fullName', label: 'Full name', aliases: ['Name', 'Contact name', 'Contact'] },
    email,
    phone,
    { key: 'title', label: 'Job title', aliases: ['Title', 'Position', 'Role'] },
    company,
    tags,
    notes,
    ...address,
  ],
  companies: [
    { key: 'name', label: 'Name', aliases: ['Company', 'Company name', 'Organisation', 'Organization'] },
    { key: 'website', label: 'Website', aliases: ['Web', 'URL', 'Site', 'Domain', 'Homepage', 'Web site'] },
    { ...email, list: false },
    { ...phone, list: false },
    {
      key: 'taxId',
      label: 'VAT / tax ID',
      aliases: ['VAT', 'VAT number', 'VAT ID', 'Tax ID', 'Tax number', 'USt-IdNr'],
    },
    { key: 'industry', label: 'Industry', aliases: ['Sector'] },
    {
      key: 'employeeCount',
      label: 'Employees',
      aliases: ['Employee count', 'Headcount', 'Company size', 'Number of employees'],
    },
    tags,
    notes,
    ...address,
  ],
  deals: [
    { key: 'title', label: 'Title', aliases: ['Deal', 'Deal name', 'Deal title', 'Name', 'Opportunity'] },
    company,
    { key: 'value', label: 'Value', aliases: ['Amount', 'Deal value', 'Price', 'Total'] },
    { key: 'currency', label: 'Currency', aliases: ['Currency code'] },
    { key: 'stage', label: 'Stage', aliases: ['Deal stage', 'Pipeline stage', 'Status'] },
    {
      key: 'expectedClose',
      label: 'Expected close',
      aliases: ['Expected close date', 'Close date', 'Closing date'],
    },
    { key: 'nextStep', label: 'Next step', aliases: ['Next action'] },
  ],
} as const satisfies Record<ImportKind, readonly ImportField[]>;

export type ImportFieldKey<K extends ImportKind = ImportKind> = (typeof importFields)[K][number]['key'];

/** A row cannot be imported unless one of these is mapped: a person's name, a company's, a deal's title and value. */
export const requiredFields: { [K in ImportKind]: { anyOf: ImportFieldKey<K>[]; label: string }[] } = {
  contacts: [{ anyOf: ['firstName', 'fullName'], label: 'First name or Full name' }],
  companies: [{ anyOf: ['name'], label: 'Name' }],
  deals: [
    { anyOf: ['title'], label: 'Title' },
    { anyOf: ['value'], label: 'Value' },
  ],
};

export const dedupeModes = ['skip', 'merge', 'create'] as const;
export type DedupeMode = (typeof dedupeModes)[number];

const allFieldKeys = [
  ...new Set(Object.values(importFields).flatMap((fields) => fields.map((f) => f.key))),
] as [ImportFieldKey, ...ImportFieldKey[]];

const csvText = z
  .string()
  .max(maxCsvBytes, 'The file is larger than 20 MB; split it into smaller files')
  .refine((csv) => /\r|\n/.test(csv.trimEnd()), 'The file needs a header row and at least one row under it');

/** One entry per column of the file, in order: the field it fills, or null to leave the column out. */
const columnMapping = z.array(z.enum(allFieldKeys).nullable()).max(1000, 'Use at most 1000 columns');

export const importPreviewInput = z.object({ kind: z.enum(importKinds), csv: csvText }).strict();
export type ImportPreviewInput = z.input<typeof importPreviewInput>;

const fieldOf = (kind: ImportKind, key: string): ImportField | undefined =>
  (importFields[kind] as readonly ImportField[]).find((field) => field.key === key);

export const importRunInput = z
  .object({
    /** Chosen by the caller, to match progress events to this run before the call answers; else made up. */
    importId: z
      .string()
      .regex(/^[\w-]{1,64}$/, 'Use 1 to 64 letters, digits, - or _')
      .optional(),
    kind: z.enum(importKinds),
    csv: csvText,
    mapping: columnMapping,
    dedupe: z.enum(dedupeModes).default('skip'),
    /** On: any bad row means nothing is written. Off: good rows are written and bad rows reported. */
    allOrNothing: z.boolean().default(false),
  })
  .strict()
  .superRefine(({ kind, mapping }, issues) => {
    const seen = new Set<string>();
    for (const [index, key] of mapping.entries()) {
      if (key === null) continue;
      const field = fieldOf(kind, key);
      if (!field) {
        issues.addIssue({
          code: 'custom',
          path: ['mapping', index],
          message: `There is no ${key} for ${kind}`,
        });
      } else if (seen.has(key) && !field.list) {
        issues.addIssue({
          code: 'custom',
          path: ['mapping', index],
          message: `Only one column can fill ${field.label}`,
        });
      }
      seen.add(key);
    }
    for (const { anyOf, label } of requiredFields[kind] as { anyOf: string[]; label: string }[]) {
      if (!anyOf.some((key) => seen.has(key))) {
        issues.addIssue({ code: 'custom', path: ['mapping'], message: `Map a column to ${label}` });
      }
    }
  });
export type ImportRunInput = z.input<typeof importRunInput>;

export interface ImportPreview {
  headers: string[];
  /** The first rows under the header, each padded or cut to the header's width. */
  rows: string[][];
  /** Rows under the header, not counting blank lines. */
  rowCount: number;
  /** The suggested field for each column (null: none matched). */
  mapping: (ImportFieldKey | null)[];
}

export interface ImportRowError {
  /** The row as a spreadsheet numbers it: the header is row 1. */
  row: number;
  /** The header of the column at fault, or '' when the whole row is. */
  column: string;
  message: string;
}

export interface ImportResult {
  importId: string;
  /** False when all-or-nothing found bad rows and rolled everything back; the counts are then all 0. */
  committed: boolean;
  total: number;
  created: number;
  merged: number;
  skipped: number;
  failed: number;
  /** Companies created because a contact or deal named one that did not exist yet. */
  companiesCreated: number;
  /** One per bad row, in file order, at most maxReportedErrors. */
  errors: ImportRowError[];
}

export type ImportPhase = 'parsing' | 'importing' | 'done';

export interface ImportProgress {
  importId: string;
  processed: number;
  total: number;
  phase: ImportPhase;
}

export const importChannels = {
  'imports.preview': {
    summary: 'Parse CSV text: its headers, first rows, row count and a suggested column mapping',
    input: importPreviewInput,
    output: returns<ImportPreview>(),
  },
  'imports.run': {
    summary:
      'Import CSV rows as contacts, companies or deals in one transaction, with imports.progress events',
    input: importRunInput,
    output: returns<ImportResult>(),
  },
} satisfies Record<`imports.${string}`, ChannelSpec>;
