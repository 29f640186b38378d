import { z } from 'zod';
import type { DealStageChange } from './activities';
import type { ContactRow } from './contacts';
import { byIdInput, type Page, pageInput, recordId, requiredText, text } from './fields';
import { type ChannelSpec, returns } from './ipc/channel';
import { currencyCode, isoDate, type Money, minorUnits } from './money';
import type { PipelineStage, StageOutcome } from './pipelines';

/** Quantities are exact decimals kept as text ("1.5" hours), so no float ever touches an amount. */
export const decimalQuantity = z
  .string()
  .trim()
  .regex(/^\d{1,9}(\.\d{1,4})?$/, 'Use a quantity such as 1 or 2.5');

/** A line may come from the catalog; what it copied (description, price, unit, rate) stays editable per deal. */
export const lineItemInput = z
  .object({
    catalogItemId: recordId.nullable().optional(),
    description: requiredText('Description', 500),
    quantity: decimalQuantity,
    /** The unit's word ("hour", "page"); empty for a fixed price. */
    unit: text(20).optional(),
    unitPriceMinor: minorUnits,
    /** Null follows the workspace's default rate when the deal is invoiced. */
    taxRateId: recordId.nullable().optional(),
  })
  .strict();
export type LineItemInput = z.input<typeof lineItemInput>;

const dealContent = {
  title: requiredText('Title', 200),
  companyId: recordId.nullable().optional(),
  contactIds: z.array(recordId).max(50).optional(),
  valueMinor: minorUnits.min(0, 'The value cannot be negative').optional(),
  currency: currencyCode.optional(),
  expectedCloseDate: isoDate.nullable().optional(),
  nextStep: text(500).optional(),
  lineItems: z.array(lineItemInput).max(200).optional(),
};

export const dealCreateInput = z
  .object({ ...dealContent, pipelineId: recordId.optional(), stageId: recordId.optional() })
  .strict();
export type DealCreateInput = z.input<typeof dealCreateInput>;

export const dealUpdateInput = z
  .object({ id: recordId, changes: z.object(dealContent).partial().strict() })
  .strict();
export type DealUpdateInput = z.input<typeof dealUpdateInput>;

export const dealMoveInput = z
  .object({
    id: recordId,
    stageId: recordId,
    /** The card it lands above; null or absent puts it at the bottom of the column. */
    beforeId: recordId.nullable().optional(),
    reason: text(500).optional(),
  })
  .strict();
export type DealMoveInput = z.input<typeof dealMoveInput>;

export const dealCloseInput = z.object({ id: recordId, reason: text(500).optional() }).strict();
export const dealLoseInput = z.object({ id: recordId, reason: requiredText('Reason', 500) }).strict();
export const dealReopenInput = z.object({ id: recordId, stageId: recordId.optional() }).strict();

export const dealSortKeys = ['updated', 'value', 'close', 'title', 'stage', 'company'] as const;

export const dealListInput = z
  .object({
    pipelineId: recordId.optional(),
    stageId: recordId.optional(),
    outcome: z.enum(['open', 'won', 'lost', 'all']).default('open'),
    companyId: recordId.optional(),
    accountId: recordId.optional(),
    query: text(200).default(''),
    sort: z.enum(dealSortKeys).default('updated'),
    direction: z.enum(['asc', 'desc']).default('desc'),
    includeArchived: z.boolean().default(false),
    ...pageInput,
  })
  .strict();
export type DealListInput = z.input<typeof dealListInput>;
export type DealListQuery = z.output<typeof dealListInput>;

export const boardInput = z
  .object({ pipelineId: recordId.optional(), cardsPerStage: z.number().int().min(1).max(500).default(100) })
  .strict();

export interface LineItem {
  id: number;
  catalogItemId: number | null;
  description: string;
  quantity: string;
  unit: string;
  unitPriceMinor: number;
  taxRateId: number | null;
}

export interface DealRow {
  id: number;
  title: string;
  pipelineId: number;
  stageId: number;
  stageName: string;
  outcome: StageOutcome;
  probability: number;
  companyId: number | null;
  companyName: string | null;
  accountId: number | null;
  valueMinor: number;
  currency: string;
  expectedCloseDate: string | null;
  nextStep: string;
  closedAt: string | null;
  updatedAt: string;
  archivedAt: string | null;
}

export interface Deal extends DealRow {
  leadId: number | null;
  closeReason: string;
  contacts: ContactRow[];
  lineItems: LineItem[];
  createdAt: string;
}

export interface BoardColumn {
  stage: PipelineStage;
  count: number;
  totals: Money[];
  deals: DealRow[];
}

export interface Board {
  pipelineId: number;
  pipelineName: string;
  columns: BoardColumn[];
}

export const dealChannels = {
  'deals.list': {
    summary: 'A page of deals for the table view, filtered and sorted',
    input: dealListInput,
    output: returns<Page<DealRow>>(),
  },
  'deals.board': {
    summary: 'A pipeline as board columns: each stage with its count, totals per currency and cards',
    input: boardInput,
    output: returns<Board>(),
  },
  'deals.get': {
    summary: 'One deal with contacts and line items',
    input: byIdInput,
    output: returns<Deal>(),
  },
  'deals.create': {
    summary: 'Create a deal (default pipeline, first stage, workspace currency unless given)',
    input: dealCreateInput,
    output: returns<Deal>(),
  },
  'deals.update': {
    summary: 'Change a deal’s details (stages change through deals.move)',
    input: dealUpdateInput,
    output: returns<Deal>(),
  },
  'deals.move': {
    summary:
      'Move a deal to a stage and position; into Won wins it, into Lost loses it, out of them reopens it',
    input: dealMoveInput,
    output: returns<Deal>(),
  },
  'deals.win': {
    summary: 'Mark a deal won: its company becomes an account (or the account gains the deal)',
    input: dealCloseInput,
    output: returns<Deal>(),
  },
  'deals.lose': {
    summary: 'Mark a deal lost, with the reason',
    input: dealLoseInput,
    output: returns<Deal>(),
  },
  'deals.reopen': {
    summary: 'Reopen a won or lost deal into an open stage (its last one unless given)',
    input: dealReopenInput,
    output: returns<Deal>(),
  },
  'deals.archive': { summary: 'Archive a deal', input: byIdInput, output: returns<Deal>() },
  'deals.restore': { summary: 'Bring an archived deal back', input: byIdInput, output: returns<Deal>() },
  'deals.history': {
    summary: 'Every stage change of a deal, oldest first',
    input: byIdInput,
    output: returns<DealStageChange[]>(),
  },
} satisfies Record<`deals.${string}`, ChannelSpec>;
