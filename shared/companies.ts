import { z } from 'zod';
import {
  type Address,
  addressInput,
  archiveFilter,
  byIdInput,
  emailAddress,
  emptyAddress,
  type Page,
  pageInput,
  phoneNumber,
  recordId,
  requiredText,
  tagList,
  text,
  websiteUrl,
} from './fields';
import { type ChannelSpec, returns } from './ipc/channel';

export const companyFields = z
  .object({
    name: requiredText('Company name', 200),
    website: websiteUrl.optional(),
    email: z.union([z.literal(''), emailAddress]).optional(),
    phone: phoneNumber.optional(),
    taxId: text(40).optional(),
    industry: text(100).optional(),
    employeeCount: z.number().int().min(0).max(10_000_000).nullable().optional(),
    tags: tagList.optional(),
    notes: text(20_000).optional(),
    address: addressInput.optional(),
  })
  .strict();

export type CompanyFields = Required<z.output<typeof companyFields>>;

export const blankCompany: CompanyFields = {
  name: '',
  website: '',
  email: '',
  phone: '',
  taxId: '',
  industry: '',
  employeeCount: null,
  tags: [],
  notes: '',
  address: emptyAddress,
};

export const companyCreateInput = companyFields;
export type CompanyCreateInput = z.input<typeof companyCreateInput>;

export const companyUpdateInput = z
  .object({ id: recordId, changes: companyFields.partial().strict() })
  .strict();
export type CompanyUpdateInput = z.input<typeof companyUpdateInput>;

export const companyListInput = z
  .object({
    query: text(200).default(''),
    status: archiveFilter,
    sort: z.enum(['name', 'recent']).default('name'),
    ...pageInput,
  })
  .strict();
export type CompanyListInput = z.input<typeof companyListInput>;

export interface Company {
  id: number;
  name: string;
  website: string;
  email: string;
  phone: string;
  taxId: string;
  industry: string;
  employeeCount: number | null;
  tags: string[];
  notes: string;
  address: Address;
  contactCount: number;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

export type CompanyRow = Pick<
  Company,
  'id' | 'name' | 'website' | 'industry' | 'tags' | 'contactCount' | 'archivedAt' | 'updatedAt'
> & { city: string; country: string };

export const companyChannels = {
  'companies.list': {
    summary: 'A page of companies, filtered by search text and status',
    input: companyListInput,
    output: returns<Page<CompanyRow>>(),
  },
  'companies.get': {
    summary: 'One company with all its fields',
    input: byIdInput,
    output: returns<Company>(),
  },
  'companies.create': { summary: 'Create a company', input: companyCreateInput, output: returns<Company>() },
  'companies.update': {
    summary: 'Change some fields of a company',
    input: companyUpdateInput,
    output: returns<Company>(),
  },
  'companies.archive': {
    summary: 'Archive a company (undo with companies.restore)',
    input: byIdInput,
    output: returns<Company>(),
  },
  'companies.restore': {
    summary: 'Bring an archived company back',
    input: byIdInput,
    output: returns<Company>(),
  },
} satisfies Record<`companies.${string}`, ChannelSpec>;
