import { z } from 'zod';
import { archiveFilter, byIdInput, recordId, requiredText, text } from './fields';
import { type ChannelSpec, returns } from './ipc/channel';
import { percentText, type TaxRate } from './tax-rate';

export const taxKinds = ['standard', 'exempt', 'reverse_charge'] as const;
export type TaxKind = (typeof taxKinds)[number];

/** One part of a named rate: "GST 5% + QST 9.975%" has two, the second compound when it taxes the first. */
export const taxComponent = z
  .object({
    name: requiredText('Component name', 60),
    rate: percentText,
    compound: z.boolean().optional(),
  })
  .strict();
export type TaxComponent = z.output<typeof taxComponent>;

// No defaults here: a partial update must leave out what it does not change, not reset it.
const taxRateContent = {
  name: requiredText('Name', 80),
  kind: z.enum(taxKinds),
  components: z.array(taxComponent).min(1, 'Add at least one rate').max(4, 'Use at most 4 parts'),
  note: text(500),
};

type TaxRateContent = Pick<NamedTaxRate, 'kind' | 'components' | 'note'>;

interface TaxRateIssue {
  path: (string | number)[];
  message: string;
}

/**
 * What a whole named rate must satisfy beyond each field: checked by the create schema, and by the service
 * on an update's merged result, so a partial change can never leave a rate that could not be created.
 */
export const taxRateIssues = ({ kind, components, note }: TaxRateContent): TaxRateIssue[] => {
  const issues: TaxRateIssue[] = [];
  if (components[0]?.compound)
    issues.push({
      path: ['components', 0, 'compound'],
      message: 'The first part has no tax before it to compound on',
    });
  if (kind !== 'standard') {
    if (note === '')
      issues.push({
        path: ['note'],
        message: 'Exempt and reverse-charge rates need the legal note printed on the invoice',
      });
    if (components.length !== 1 || !/^0+(\.0+)?$/.test(components[0]?.rate ?? ''))
      issues.push({ path: ['components'], message: 'An exempt or reverse-charge rate is one part at 0%' });
  }
  return issues;
};

export const taxRateCreateInput = z
  .object({
    ...taxRateContent,
    kind: taxRateContent.kind.default('standard'),
    note: taxRateContent.note.default(''),
  })
  .strict()
  .superRefine((rate, context) => {
    for (const issue of taxRateIssues(rate)) context.addIssue({ code: 'custom', ...issue });
  });
export type TaxRateCreateInput = z.input<typeof taxRateCreateInput>;
export type NewTaxRate = z.output<typeof taxRateCreateInput>;

export const taxRateUpdateInput = z
  .object({ id: recordId, changes: z.object(taxRateContent).partial().strict() })
  .strict();
export type TaxRateUpdateInput = z.output<typeof taxRateUpdateInput>;

export const taxRateListInput = z.object({ archived: archiveFilter }).strict();
export const taxRateArchiveInput = z.object({ id: recordId, archived: z.boolean() }).strict();

/** A named rate as kept in the workspace and snapshotted into each invoice that uses it. */
export interface NamedTaxRate {
  id: number;
  name: string;
  kind: TaxKind;
  components: TaxComponent[];
  note: string;
}

export interface TaxRateRecord extends NamedTaxRate {
  isDefault: boolean;
  archived: boolean;
}

/** The calculation's rates for a named rate: one per component, ids "<rate id>.<position>". */
export const mathRatesOf = (named: NamedTaxRate): TaxRate[] =>
  named.components.map((component, position) => ({
    id: `${named.id}.${position}`,
    name: named.components.length === 1 ? named.name : `${component.name} ${component.rate}%`,
    rate: component.rate,
    ...(component.compound ? { compound: true } : {}),
    kind: named.kind,
    ...(named.kind === 'standard' ? {} : { note: named.note }),
  }));

export const taxRateChannels = {
  'taxRates.list': {
    summary: 'The named tax rates (default first), with archived ones on request',
    input: taxRateListInput,
    output: returns<TaxRateRecord[]>(),
  },
  'taxRates.create': {
    summary: 'Add a named tax rate, stacked or compound, or an exempt/reverse-charge one with its legal note',
    input: taxRateCreateInput,
    output: returns<TaxRateRecord>(),
  },
  'taxRates.update': {
    summary: 'Change a tax rate; invoices already issued keep the rate they were issued with',
    input: taxRateUpdateInput,
    output: returns<TaxRateRecord>(),
  },
  'taxRates.setDefault': {
    summary: 'Make a rate the workspace default for new lines and catalog items',
    input: byIdInput,
    output: returns<TaxRateRecord>(),
  },
  'taxRates.archive': {
    summary: 'Hide a rate from pickers (not the default one); restore brings it back',
    input: taxRateArchiveInput,
    output: returns<TaxRateRecord>(),
  },
} satisfies Record<`taxRates.${string}`, ChannelSpec>;
