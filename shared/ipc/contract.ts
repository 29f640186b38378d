import { z } from 'zod';
import {
  type Company,
  type CompanyRow,
  companyCreateInput,
  companyListInput,
  companyUpdateInput,
} from '../companies';
import {
  type Contact,
  type ContactRow,
  contactCreateInput,
  contactListInput,
  contactUpdateInput,
} from '../contacts';
import { type Page, recordId } from '../fields';
import { type GlobalSearchResult, globalSearchInput } from '../search';
import { type WorkspaceInfo, workspaceInfoInput } from '../workspace';
import { type ChannelSpec, type Returns, returns } from './channel';

const byId = z.object({ id: recordId }).strict();

/** Every channel between the UI and the main process, declared once. */
export const contract = {
  'workspace.info': {
    summary: 'Where the workspace lives, its schema version and record counts',
    input: workspaceInfoInput,
    output: returns<WorkspaceInfo>(),
  },
  'contacts.list': {
    summary: 'A page of contacts, filtered by search text, status and company',
    input: contactListInput,
    output: returns<Page<ContactRow>>(),
  },
  'contacts.get': { summary: 'One contact with all its fields', input: byId, output: returns<Contact>() },
  'contacts.create': { summary: 'Create a contact', input: contactCreateInput, output: returns<Contact>() },
  'contacts.update': {
    summary: 'Change some fields of a contact',
    input: contactUpdateInput,
    output: returns<Contact>(),
  },
  'contacts.archive': {
    summary: 'Archive a contact (undo with contacts.restore)',
    input: byId,
    output: returns<Contact>(),
  },
  'contacts.restore': { summary: 'Bring an archived contact back', input: byId, output: returns<Contact>() },
  'companies.list': {
    summary: 'A page of companies, filtered by search text and status',
    input: companyListInput,
    output: returns<Page<CompanyRow>>(),
  },
  'companies.get': { summary: 'One company with all its fields', input: byId, output: returns<Company>() },
  'companies.create': { summary: 'Create a company', input: companyCreateInput, output: returns<Company>() },
  'companies.update': {
    summary: 'Change some fields of a company',
    input: companyUpdateInput,
    output: returns<Company>(),
  },
  'companies.archive': {
    summary: 'Archive a company (undo with companies.restore)',
    input: byId,
    output: returns<Company>(),
  },
  'companies.restore': { summary: 'Bring an archived company back', input: byId, output: returns<Company>() },
  'search.global': {
    summary: 'Contacts and companies matching the text, best first (diacritics folded, prefixes)',
    input: globalSearchInput,
    output: returns<GlobalSearchResult>(),
  },
} satisfies Record<string, ChannelSpec>;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<K extends ChannelName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends ChannelName> = z.output<Contract[K]['input']>;
export type ChannelOutput<K extends ChannelName> = Contract[K]['output'] extends Returns<infer O> ? O : never;

export const channelNames = Object.keys(contract) as ChannelName[];

export const isChannelName = (name: string): name is ChannelName => Object.hasOwn(contract, name);
