import { z } from 'zod';
import { recordId, requiredText } from './fields';
import { type ChannelSpec, returns } from './ipc/channel';

const sequenceToken = /\{SEQ(?::(\d))?\}/;

/** "INV-{YYYY}-{SEQ:4}": {YYYY} and {YY} are the issue year, {SEQ:n} the number padded to n digits. */
export const numberPattern = requiredText('Pattern', 60)
  .refine((pattern) => sequenceToken.test(pattern), 'Include {SEQ} or {SEQ:4} for the running number')
  .refine(
    (pattern) => !/[/\\:*?"<>|]/.test(pattern.replace(/\{[^}]*\}/g, '')),
    'Leave out / \\ : * ? " < > | so the number works in file names',
  );

export const formatDocumentNumber = (pattern: string, issueDate: string, sequence: number): string => {
  const year = issueDate.slice(0, 4);
  return pattern
    .replaceAll('{YYYY}', year)
    .replaceAll('{YY}', year.slice(2))
    .replace(sequenceToken, (_token, width: string | undefined) =>
      String(sequence).padStart(Number(width ?? 1), '0'),
    );
};

export interface NumberSeries {
  id: number;
  documentKind: 'invoice' | 'credit_note' | 'estimate';
  name: string;
  pattern: string;
  yearlyReset: boolean;
  isDefault: boolean;
  /** What the next document issued today would be numbered. */
  nextNumber: string;
}

export const numberingChannels = {
  'numbering.list': {
    summary: 'The number series per document kind, with the next number each would give',
    input: z.object({}).strict(),
    output: returns<NumberSeries[]>(),
  },
  'numbering.update': {
    summary: 'Change a series’ pattern or yearly reset; numbers already given never change',
    input: z
      .object({
        id: recordId,
        changes: z
          .object({ name: requiredText('Name', 80), pattern: numberPattern, yearlyReset: z.boolean() })
          .partial()
          .strict(),
      })
      .strict(),
    output: returns<NumberSeries>(),
  },
} satisfies Record<`numbering.${string}`, ChannelSpec>;
