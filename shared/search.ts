import { z } from 'zod';
import type { CompanyRow } from './companies';
import type { ContactRow } from './contacts';
import { text } from './fields';

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
