import type { Kysely } from 'kysely';
import * as createCompaniesAndContacts from './0001-create-companies-and-contacts';
import * as createSearchIndex from './0002-create-search-index';
import * as createFunnel from './0003-create-funnel';

export interface Migration {
  name: string;
  up: (db: Kysely<unknown>) => Promise<void>;
}

/** In order of application; imported statically so a packaged app needs no folder scan. */
export const migrations: Migration[] = [
  { name: '0001-create-companies-and-contacts', ...createCompaniesAndContacts },
  { name: '0002-create-search-index', ...createSearchIndex },
  { name: '0003-create-funnel', ...createFunnel },
];
