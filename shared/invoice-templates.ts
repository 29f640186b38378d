import { z } from 'zod';
import { archiveFilter, byIdInput, recordId, requiredText, text } from './fields';
import { type ChannelSpec, returns } from './ipc/channel';

// No .default() here: a partial update must not reset the fields it leaves out. New templates get the
// column defaults of migration 0008 for whatever they leave out.
const templateContent = z.object({
  name: requiredText('Name', 80),
  layout: z.enum(['classic', 'compact']),
  paper: z.enum(['A4', 'Letter']),
  accentColor: z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour such as #1c7ed6')
    .toLowerCase(),
  header: z.enum(['text', 'logo']),
  notes: text(5000),
  terms: text(5000),
  footer: text(1000),
});

export const templateCreateInput = templateContent.partial().required({ name: true }).strict();
export const templateUpdateInput = z
  .object({ id: recordId, changes: templateContent.partial().strict() })
  .strict();
export type TemplateCreateInput = z.output<typeof templateCreateInput>;
export type TemplateChanges = z.output<typeof templateUpdateInput>['changes'];

/** How an invoice looks and the texts a new invoice starts with; each invoice picks one. */
export interface InvoiceTemplate {
  id: number;
  name: string;
  layout: 'classic' | 'compact';
  paper: 'A4' | 'Letter';
  accentColor: string;
  header: 'text' | 'logo';
  notes: string;
  terms: string;
  footer: string;
  isDefault: boolean;
  archived: boolean;
}

export const invoiceTemplateChannels = {
  'invoiceTemplates.list': {
    summary: 'Invoice templates, default first',
    input: z.object({ archived: archiveFilter }).strict(),
    output: returns<InvoiceTemplate[]>(),
  },
  'invoiceTemplates.create': {
    summary: 'Add a template: layout, paper size, accent colour, header, default notes, terms and footer',
    input: templateCreateInput,
    output: returns<InvoiceTemplate>(),
  },
  'invoiceTemplates.update': {
    summary: 'Change a template; issued invoices print with their template as it is now',
    input: templateUpdateInput,
    output: returns<InvoiceTemplate>(),
  },
  'invoiceTemplates.setDefault': {
    summary: 'Make a template the one new invoices start with',
    input: byIdInput,
    output: returns<InvoiceTemplate>(),
  },
  'invoiceTemplates.archive': {
    summary: 'Hide a template from pickers (not the default one), or bring it back',
    input: z.object({ id: recordId, archived: z.boolean() }).strict(),
    output: returns<InvoiceTemplate>(),
  },
} satisfies Record<`invoiceTemplates.${string}`, ChannelSpec>;
