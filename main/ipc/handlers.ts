import { accountHandlers } from '../accounts/accounts.handlers';
import { activityHandlers } from '../activities/activities.handlers';
import { catalogHandlers } from '../catalog/catalog.handlers';
import { companyHandlers } from '../companies/companies.handlers';
import { contactHandlers } from '../contacts/contacts.handlers';
import { creditNoteHandlers } from '../credit-notes/credit-notes.handlers';
import { dealHandlers } from '../deals/deals.handlers';
import { emailSettingsHandlers } from '../email/email-settings.handlers';
import { emailTemplateHandlers, outboxHandlers } from '../email/outbox.handlers';
import { estimateHandlers } from '../estimates/estimates.handlers';
import { exportHandlers } from '../exports/exports.handlers';
import { forecastHandlers } from '../forecast/forecast.handlers';
import { importHandlers } from '../imports/imports.handlers';
import { invoiceTemplateHandlers } from '../invoice-templates/templates.handlers';
import { invoiceHandlers } from '../invoices/invoices.handlers';
import { leadHandlers } from '../leads/leads.handlers';
import { listHandlers } from '../lists/lists.handlers';
import { numberingHandlers } from '../numbering/numbering.handlers';
import { pipelineHandlers } from '../pipelines/pipelines.handlers';
import { profileHandlers } from '../profile/profile.handlers';
import { scheduleHandlers } from '../recurring/schedules.handlers';
import { reminderHandlers } from '../reminders/reminders.handlers';
import { scoringHandlers } from '../scoring/scoring.handlers';
import { searchHandlers } from '../search/search.handlers';
import { taxRateHandlers } from '../tax-rates/tax-rates.handlers';
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
  ...taxRateHandlers,
  ...catalogHandlers,
  ...accountHandlers,
  ...listHandlers,
  ...scoringHandlers,
  ...forecastHandlers,
  ...importHandlers,
  ...exportHandlers,
  ...profileHandlers,
  ...invoiceTemplateHandlers,
  ...invoiceHandlers,
  ...numberingHandlers,
  ...estimateHandlers,
  ...scheduleHandlers,
  ...creditNoteHandlers,
  ...emailSettingsHandlers,
  ...reminderHandlers,
  ...outboxHandlers,
  ...emailTemplateHandlers,
} satisfies Handlers;
