import { z } from 'zod';
import {
  byIdInput,
  emailAddress,
  type Page,
  pageInput,
  phoneNumber,
  recordId,
  requiredText,
  text,
} from './fields';
import { type ChannelSpec, returns } from './ipc/channel';
import { currencyCode, minorUnits } from './money';

export const leadStatuses = ['new', 'contacted', 'qualified', 'disqualified'] as const;
export type LeadStatus = (typeof leadStatuses)[number];

export const leadSources = [
  'referral',
  'website',
  'linkedin',
  'event',
  'cold outreach',
  'partner',
  'other',
] as const;

const leadContent = {
  firstName: text(100).optional(),
  lastName: text(100).optional(),
  email: z.union([z.literal(''), emailAddress]).optional(),
  phone: phoneNumber.optional(),
  title: text(150).optional(),
  companyName: text(200).optional(),
  contactId: recordId.nullable().optional(),
  companyId: recordId.nullable().optional(),
  source: text(60).optional(),
  notes: text(20_000).optional(),
};

const namesSomeone = (lead: {
  firstName?: string;
  lastName?: string;
  email?: string;
  companyName?: string;
  contactId?: number | null;
  companyId?: number | null;
}) =>
  Boolean(
    lead.firstName || lead.lastName || lead.email || lead.companyName || lead.contactId || lead.companyId,
  );

export const leadCreateInput = z
  .object(leadContent)
  .strict()
  .refine(namesSomeone, { message: 'Give the lead a name, an email or a company', path: ['firstName'] });
export type LeadCreateInput = z.input<typeof leadCreateInput>;

export const leadUpdateInput = z
  .object({
    id: recordId,
    changes: z.object({ ...leadContent, status: z.enum(['new', 'contacted']).optional() }).strict(),
  })
  .strict();

export const leadDisqualifyInput = z.object({ id: recordId, reason: requiredText('Reason', 500) }).strict();

export const leadQualifyInput = z
  .object({
    id: recordId,
    dealTitle: text(200).optional(),
    valueMinor: minorUnits.min(0).optional(),
    currency: currencyCode.optional(),
    pipelineId: recordId.optional(),
  })
  .strict();
export type LeadQualifyInput = z.input<typeof leadQualifyInput>;

export const leadListInput = z
  .object({
    status: z.enum(['open', ...leadStatuses, 'all']).default('open'),
    query: text(200).default(''),
    sort: z.enum(['score', 'recent', 'name']).default('score'),
    includeArchived: z.boolean().default(false),
    ...pageInput,
  })
  .strict();
export type LeadListInput = z.input<typeof leadListInput>;
export type LeadListQuery = z.output<typeof leadListInput>;

export interface ScoreLine {
  ruleId: number;
  label: string;
  category: 'fit' | 'engagement';
  points: number;
}

export interface LeadRow {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
  title: string;
  companyName: string;
  contactId: number | null;
  companyId: number | null;
  source: string;
  status: LeadStatus;
  score: number;
  dealId: number | null;
  updatedAt: string;
  archivedAt: string | null;
}

export interface Lead extends LeadRow {
  phone: string;
  disqualifyReason: string;
  notes: string;
  scoreBreakdown: ScoreLine[];
  createdAt: string;
}

export interface QualifiedLead {
  lead: Lead;
  dealId: number;
  contactId: number | null;
  companyId: number | null;
}

export const leadDisplayName = (lead: Pick<LeadRow, 'firstName' | 'lastName' | 'email' | 'companyName'>) =>
  `${lead.firstName} ${lead.lastName}`.trim() || lead.email || lead.companyName;

export const leadChannels = {
  'leads.list': {
    summary: 'A page of leads by status, best score first unless sorted otherwise',
    input: leadListInput,
    output: returns<Page<LeadRow>>(),
  },
  'leads.get': { summary: 'One lead with its score breakdown', input: byIdInput, output: returns<Lead>() },
  'leads.create': { summary: 'Add a lead', input: leadCreateInput, output: returns<Lead>() },
  'leads.update': {
    summary: 'Change a lead, or mark it contacted',
    input: leadUpdateInput,
    output: returns<Lead>(),
  },
  'leads.qualify': {
    summary:
      'Qualify a lead: creates its deal, and its contact and company when missing, keeping its history',
    input: leadQualifyInput,
    output: returns<QualifiedLead>(),
  },
  'leads.disqualify': {
    summary: 'Disqualify a lead with the reason',
    input: leadDisqualifyInput,
    output: returns<Lead>(),
  },
  'leads.archive': { summary: 'Archive a lead', input: byIdInput, output: returns<Lead>() },
  'leads.restore': { summary: 'Bring an archived lead back', input: byIdInput, output: returns<Lead>() },
} satisfies Record<`leads.${string}`, ChannelSpec>;
