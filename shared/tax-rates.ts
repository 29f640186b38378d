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

const taxRateContent = {
  name: requiredText('Name', 80),
  kind: z.enum(taxKinds).default('standard'),
  components: z.array(taxComponent).min(1, 'Add at least one rate').max(4, 'Use at most 4 parts'),
  note: text(500).default(''),
};

export const taxRateCreateInput = z
  .object(taxRateContent)
  .strict()
  .refine((rate) => rate.kind === 'standard' || rate.note !== '', {
    message: 'Exempt and reverse-charge rates need the legal note printed on the invoice',
    path: ['note'],
  });

export const taxRateUpdateInput = z
  .object({ id: recordId, changes: z.object(taxRateContent).partial().strict() })
  .strict();

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
    input: z.object({ archived: archiveFilter }).strict(),
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
    input: z.object({ id: recordId, archived: z.boolean() }).strict(),
    output: returns<TaxRateRecord>(),
  },
} satisfies Record<`taxRates.${string}`, ChannelSpec>;
