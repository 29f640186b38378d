import { z } from 'zod';
import type { CompanyRow } from './companies';
import type { ContactRow } from './contacts';
import { text } from './fields';
import { type ChannelSpec, returns } from './ipc/channel';

export const globalSearchInput = z
  .object({
    query: text(200),
    limit: z.number().int().min(1).max(50).default(8),
  })
  .strict();

export interface GlobalSearchResult {
  contacts: ContactRow[];
  companies: CompanyRow[];
}

export const searchChannels = {
  'search.global': {
    summary: 'Contacts and companies matching the text, best first (diacritics folded, prefixes)',
    input: globalSearchInput,
    output: returns<GlobalSearchResult>(),
  },
} satisfies Record<`search.${string}`, ChannelSpec>;
