import type { z } from 'zod';
import { accountChannels } from '../accounts';
import { activityChannels } from '../activities';
import { catalogChannels } from '../catalog';
import { companyChannels } from '../companies';
import { contactChannels } from '../contacts';
import { creditNoteChannels } from '../credit-notes';
import { dealChannels } from '../deals';
import { emailSettingsChannels } from '../email-settings';
import { estimateChannels } from '../estimates';
import { exportChannels } from '../exports';
import { forecastChannels } from '../forecast';
import { importChannels } from '../imports';
import { invoiceTemplateChannels } from '../invoice-templates';
import { invoiceChannels } from '../invoices';
import { leadChannels } from '../leads';
import { listChannels } from '../lists';
import { numberingChannels } from '../numbering';
import { emailTemplateChannels, outboxChannels } from '../outbox';
import { pipelineChannels } from '../pipelines';
import { profileChannels } from '../profile';
import { reminderChannels } from '../reminders';
import { scheduleChannels } from '../schedules';
import { scoringChannels } from '../scoring';
import { searchChannels } from '../search';
import { taxRateChannels } from '../tax-rates';
import { workspaceChannels } from '../workspace';
import type { ChannelSpec, Returns } from './channel';

/** Every channel between the UI and the main process: each domain declares its own, merged here once. */
export const contract = {
  ...workspaceChannels,
  ...contactChannels,
  ...companyChannels,
  ...searchChannels,
  ...activityChannels,
  ...leadChannels,
  ...pipelineChannels,
  ...dealChannels,
  ...taxRateChannels,
  ...catalogChannels,
  ...accountChannels,
  ...listChannels,
  ...scoringChannels,
  ...forecastChannels,
  ...importChannels,
  ...exportChannels,
  ...profileChannels,
  ...invoiceTemplateChannels,
  ...invoiceChannels,
  ...numberingChannels,
  ...estimateChannels,
  ...scheduleChannels,
  ...creditNoteChannels,
  ...emailSettingsChannels,
  ...reminderChannels,
  ...outboxChannels,
  ...emailTemplateChannels,
} satisfies Record<string, ChannelSpec>;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<K extends ChannelName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends ChannelName> = z.output<Contract[K]['input']>;
export type ChannelOutput<K extends ChannelName> = Contract[K]['output'] extends Returns<infer O> ? O : never;

export const channelNames = Object.keys(contract) as ChannelName[];

export const isChannelName = (name: string): name is ChannelName => Object.hasOwn(contract, name);
