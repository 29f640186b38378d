import { z } from 'zod';
import { archiveFilter, byIdInput, type Page, pageInput, recordId, requiredText, text } from './fields';
import { type ChannelSpec, returns } from './ipc/channel';
import { currencyCode, minorUnits } from './money';

export const unitTypes = ['hour', 'day', 'fixed', 'month', 'custom'] as const;
export type UnitType = (typeof unitTypes)[number];

// No defaults here: a partial update must leave out what it does not change, not reset it.
const catalogContent = {
  name: requiredText('Name', 200),
  description: text(2000),
  unitType: z.enum(unitTypes),
  /** The unit's word when unitType is 'custom' ("page", "workshop"). */
  unitLabel: text(20),
  unitPriceMinor: minorUnits.min(0, 'The price cannot be negative'),
  currency: currencyCode,
  /** Null follows the workspace's default rate. */
  taxRateId: recordId.nullable(),
};

type UnitFields = { unitType?: UnitType; unitLabel?: string };

/** The custom unit needs its word; checked by the create schema and by the service on an update's result. */
export const customNeedsLabel = (item: UnitFields) =>
  item.unitType !== 'custom' || (item.unitLabel ?? '') !== '';
export const unitLabelMessage = 'Name the unit, e.g. "page"';

export const catalogCreateInput = z
  .object({
    ...catalogContent,
    description: catalogContent.description.default(''),
    unitLabel: catalogContent.unitLabel.default(''),
    taxRateId: catalogContent.taxRateId.default(null),
  })
  .strict()
  .refine(customNeedsLabel, { message: unitLabelMessage, path: ['unitLabel'] });
export type CatalogCreateInput = z.input<typeof catalogCreateInput>;
export type NewCatalogItem = z.output<typeof catalogCreateInput>;

export const catalogUpdateInput = z
  .object({ id: recordId, changes: z.object(catalogContent).partial().strict() })
  .strict();
export type CatalogUpdateInput = z.output<typeof catalogUpdateInput>;

export const catalogListInput = z
  .object({ query: text(200).default(''), archived: archiveFilter, ...pageInput })
  .strict();
export type CatalogListInput = z.output<typeof catalogListInput>;

export const catalogArchiveInput = z.object({ id: recordId, archived: z.boolean() }).strict();

export interface CatalogItem {
  id: number;
  name: string;
  description: string;
  unitType: UnitType;
  unitLabel: string;
  unitPriceMinor: number;
  currency: string;
  taxRateId: number | null;
  archived: boolean;
  updatedAt: string;
}

/** The word a line shows for its unit: "hour", "day", "month", the custom label, or none for fixed. */
export const unitWord = (item: Pick<CatalogItem, 'unitType' | 'unitLabel'>): string =>
  item.unitType === 'custom' ? item.unitLabel : item.unitType === 'fixed' ? '' : item.unitType;

export const catalogChannels = {
  'catalog.list': {
    summary: 'Service catalog items by name, filtered by a search and archived state',
    input: catalogListInput,
    output: returns<Page<CatalogItem>>(),
  },
  'catalog.get': { summary: 'One catalog item', input: byIdInput, output: returns<CatalogItem>() },
  'catalog.create': {
    summary: 'Add a service: hourly, daily, fixed, monthly or a custom unit, with price and tax rate',
    input: catalogCreateInput,
    output: returns<CatalogItem>(),
  },
  'catalog.update': {
    summary: 'Change a catalog item; lines already on deals and invoices keep their own copy',
    input: catalogUpdateInput,
    output: returns<CatalogItem>(),
  },
  'catalog.archive': {
    summary: 'Hide an item from pickers, or bring it back',
    input: catalogArchiveInput,
    output: returns<CatalogItem>(),
  },
} satisfies Record<`catalog.${string}`, ChannelSpec>;
