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
} from './fields';
import { type ChannelSpec, returns } from './ipc/channel';

export const contactFields = z
  .object({
    firstName: requiredText('First name', 100),
    lastName: text(100).optional(),
    title: text(150).optional(),
    companyId: recordId.nullable().optional(),
    emails: z.array(emailAddress).max(10, 'Use at most 10 email addresses').optional(),
    phones: z
      .array(phoneNumber.min(1, 'Phone number is empty'))
      .max(10, 'Use at most 10 phone numbers')
      .optional(),
    tags: tagList.optional(),
    notes: text(20_000).optional(),
    address: addressInput.optional(),
  })
  .strict();

export type ContactFields = Required<z.output<typeof contactFields>>;

export const blankContact: ContactFields = {
  firstName: '',
  lastName: '',
  title: '',
  companyId: null,
  emails: [],
  phones: [],
  tags: [],
  notes: '',
  address: emptyAddress,
};

export const contactCreateInput = contactFields;
export type ContactCreateInput = z.input<typeof contactCreateInput>;

export const contactUpdateInput = z
  .object({ id: recordId, changes: contactFields.partial().strict() })
  .strict();
export type ContactUpdateInput = z.input<typeof contactUpdateInput>;

export const contactSortKeys = ['name', 'recent'] as const;

export const contactListInput = z
  .object({
    query: text(200).default(''),
    status: archiveFilter,
    companyId: recordId.optional(),
    sort: z.enum(contactSortKeys).default('name'),
    ...pageInput,
  })
  .strict();
export type ContactListInput = z.input<typeof contactListInput>;

export interface Contact {
  id: number;
  firstName: string;
  lastName: string;
  title: string;
  companyId: number | null;
  companyName: string | null;
  emails: string[];
  phones: string[];
  tags: string[];
  notes: string;
  address: Address;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

export type ContactRow = Pick<
  Contact,
  | 'id'
  | 'firstName'
  | 'lastName'
  | 'title'
  | 'companyId'
  | 'companyName'
  | 'tags'
  | 'archivedAt'
  | 'updatedAt'
> & { email: string | null; phone: string | null };

export const contactDisplayName = (contact: Pick<Contact, 'firstName' | 'lastName'>) =>
  `${contact.firstName} ${contact.lastName}`.trim();

export const contactChannels = {
  'contacts.list': {
    summary: 'A page of contacts, filtered by search text, status and company',
    input: contactListInput,
    output: returns<Page<ContactRow>>(),
  },
  'contacts.get': {
    summary: 'One contact with all its fields',
    input: byIdInput,
    output: returns<Contact>(),
  },
  'contacts.create': { summary: 'Create a contact', input: contactCreateInput, output: returns<Contact>() },
  'contacts.update': {
    summary: 'Change some fields of a contact',
    input: contactUpdateInput,
    output: returns<Contact>(),
  },
  'contacts.archive': {
    summary: 'Archive a contact (undo with contacts.restore)',
    input: byIdInput,
    output: returns<Contact>(),
  },
  'contacts.restore': {
    summary: 'Bring an archived contact back',
    input: byIdInput,
    output: returns<Contact>(),
  },
} satisfies Record<`contacts.${string}`, ChannelSpec>;
