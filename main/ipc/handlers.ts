import { accountHandlers } from '../accounts/accounts.handlers';
import { activityHandlers } from '../activities/activities.handlers';
import { companyHandlers } from '../companies/companies.handlers';
import { contactHandlers } from '../contacts/contacts.handlers';
import { dealHandlers } from '../deals/deals.handlers';
import { exportHandlers } from '../exports/exports.handlers';
import { forecastHandlers } from '../forecast/forecast.handlers';
import { importHandlers } from '../imports/imports.handlers';
import { leadHandlers } from '../leads/leads.handlers';
import { listHandlers } from '../lists/lists.handlers';
import { pipelineHandlers } from '../pipelines/pipelines.handlers';
import { scoringHandlers } from '../scoring/scoring.handlers';
import { searchHandlers } from '../search/search.handlers';
import { workspaceHandlers } from '../workspace/workspace.handlers';
import type { Handlers } from './handler-types';

/** The one handler table; a channel in the contract without a handler here does not compile. */
export const handlers = {
  ...workspaceHandlers,
  ...contactHandlers,
  ...companyHandlers,
  ...searchHandlers,
  ...activityHandlers,
  ...leadHandlers,
  ...pipelineHandlers,
  ...dealHandlers,
  ...accountHandlers,
  ...listHandlers,
  ...scoringHandlers,
  ...forecastHandlers,
  ...importHandlers,
  ...exportHandlers,
} satisfies Handlers;
