import { companyHandlers } from '../companies/companies.handlers';
import { contactHandlers } from '../contacts/contacts.handlers';
import { searchHandlers } from '../search/search.handlers';
import { workspaceHandlers } from '../workspace/workspace.handlers';
import type { Handlers } from './handler-types';

/** The one handler table; a channel in the contract without a handler here does not compile. */
export const handlers = {
  ...workspaceHandlers,
  ...contactHandlers,
  ...companyHandlers,
  ...searchHandlers,
} satisfies Handlers;
