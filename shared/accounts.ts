import { z } from 'zod';
import type { ContactRow } from './contacts';
import type { DealRow } from './deals';
import { byIdInput, type Page, pageInput, recordId, text } from './fields';
import type { Receivables } from './invoices';
import { type ChannelSpec, returns } from './ipc/channel';
import { isoDate, type Money } from './money';

export const accountStatuses = ['active', 'at_risk', 'churned'] as const;
export type AccountStatus = (typeof accountStatuses)[number];

export const accountListInput = z
  .object({
    status: z.enum([...accountStatuses, 'all']).default('all'),
    query: text(200).default(''),
    ...pageInput,
  })
  .strict();

export const accountUpdateInput = z
  .object({
    id: recordId,
    changes: z
      .object({
        status: z.enum(accountStatuses).optional(),
        renewalDate: isoDate.nullable().optional(),
        ownerNotes: text(20_000).optional(),
      })
      .strict(),
  })
  .strict();

export interface AccountRow {
  id: number;
  companyId: number;
  companyName: string;
  status: AccountStatus;
  since: string;
  renewalDate: string | null;
  wonDeals: number;
  wonValue: Money[];
}

export interface Account extends AccountRow {
  ownerNotes: string;
  /** What its invoices still owe, per currency, and how many are overdue today. */
  receivables: Receivables;
  deals: DealRow[];
  contacts: ContactRow[];
  createdAt: string;
  updatedAt: string;
}

export const accountChannels = {
  'accounts.list': {
    summary: 'Customers after the win, with their won deals and value per currency',
    input: accountListInput,
    output: returns<Page<AccountRow>>(),
  },
  'accounts.get': {
    summary: 'One account with its deals and the company’s contacts',
    input: byIdInput,
    output: returns<Account>(),
  },
  'accounts.forCompany': {
    summary: 'The account of a company, or null before its first won deal',
    input: z.object({ companyId: recordId }).strict(),
    output: returns<AccountRow | null>(),
  },
  'accounts.update': {
    summary: 'Change an account’s status, renewal date or notes',
    input: accountUpdateInput,
    output: returns<Account>(),
  },
} satisfies Record<`accounts.${string}`, ChannelSpec>;
