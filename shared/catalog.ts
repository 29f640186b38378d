import { z } from 'zod';
import { archiveFilter, byIdInput, type Page, pageInput, recordId, requiredText, text } from './fields';
import { type ChannelSpec, returns } from './ipc/channel';
import { currencyCode, minorUnits } from './money';

export const unitTypes = ['hour', 'day', 'fixed', 'month', 'custom'] as const;
export type UnitType = (typeof unitTypes)[number];

const catalogContent = {
  name: requiredText('Name', 200),
  description: text(2000).default(''),
  unitType: z.enum(unitTypes),
  /** The unit's word when unitType is 'custom' ("page", "workshop"). */
  unitLabel: text(20).default(''),
  unitPriceMinor: minorUnits.min(0, 'The price cannot be negative'),
  currency: currencyCode,
  taxRateId: recordId.nullable().default(null),
};

const customNeedsLabel = (item: { unitType?: UnitType; unitLabel?: string }) =>
  item.unitType !== 'custom' || (item.unitLabel ?? '') !== '';
const labelIssue = { message: 'Name the unit, e.g. "page"', path: ['unitLabel'] };

export const catalogCreateInput = z.object(catalogContent).strict().refine(customNeedsLabel, labelIssue);

export const catalogUpdateInput = z
  .object({ id: recordId, changes: z.object(catalogContent).partial().strict() })
  .strict();

export const catalogListInput = z
  .object({ query: text(200).default(''), archived: archiveFilter, ...pageInput })
  .strict();

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
    input: z.object({ id: recordId, archived: z.boolean() }).strict(),
    output: returns<CatalogItem>(),
  },
} satisfies Record<`catalog.${string}`, ChannelSpec>;
