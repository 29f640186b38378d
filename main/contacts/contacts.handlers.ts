import { setArchived } from '../db/write';
import type { DomainHandlers } from '../ipc/handler-types';
import { createContact, getContact, listContacts, updateContact } from './contacts.service';

export const contactHandlers: DomainHandlers<'contacts'> = {
  'contacts.list': (input, ctx) => listContacts(ctx.db, input),
  'contacts.get': ({ id }, ctx) => getContact(ctx.db, id),
  'contacts.create': (input, ctx) => createContact(ctx, input),
  'contacts.update': (input, ctx) => updateContact(ctx, input),
  'contacts.archive': ({ id }, ctx) => setArchived(ctx, 'contacts', id, true, getContact),
  'contacts.restore': ({ id }, ctx) => setArchived(ctx, 'contacts', id, false, getContact),
};
