import type { Kysely } from 'kysely';
import * as createCompaniesAndContacts from './0001-create-companies-and-contacts';
import * as createSearchIndex from './0002-create-search-index';
import * as createFunnel from './0003-create-funnel';
import * as indexArchivedContacts from './0004-index-archived-contacts';
import * as indexDealsForForecast from './0007-index-deals-for-forecast';
import * as createInvoicing from './0008-create-invoicing';
import * as createEstimates from './0009-create-estimates';
import * as creditNotes from './0010-credit-notes';
import * as createSchedules from './0011-create-schedules';
import * as createEmail from './0012-create-email';
import * as createReminders from './0013-create-reminders';
import * as scheduleAutoEmail from './0014-schedule-auto-email';

export interface Migration {
  name: string;
  up: (db: Kysely<unknown>) => Promise<void>;
}

/** In order of application; imported statically so a packaged app needs no folder scan. */
export const migrations: Migration[] = [
  { name: '0001-create-companies-and-contacts', ...createCompaniesAndContacts },
  { name: '0002-create-search-index', ...createSearchIndex },
  { name: '0003-create-funnel', ...createFunnel },
  { name: '0004-index-archived-contacts', ...indexArchivedContacts },
  { name: '0007-index-deals-for-forecast', ...indexDealsForForecast },
  { name: '0008-create-invoicing', ...createInvoicing },
  { name: '0009-create-estimates', ...createEstimates },
  { name: '0010-credit-notes', ...creditNotes },
  { name: '0011-create-schedules', ...createSchedules },
  { name: '0012-create-email', ...createEmail },
  { name: '0013-create-reminders', ...createReminders },
  { name: '0014-schedule-auto-email', ...scheduleAutoEmail },
];
