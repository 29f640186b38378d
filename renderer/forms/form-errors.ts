import type { FormErrors } from '@mantine/form';
import type { z } from 'zod';

/** Turns a path in the input sent to the server into the form field that produced it. */
type FieldOf = (path: readonly PropertyKey[]) => string;

export interface PreparedInput<Input> {
  input: Input;
  fieldOf: FieldOf;
}

/** A list of text inputs without its blank rows, remembering which row each kept value came from. */
export const withoutBlanks = (rows: string[]) => {
  const kept = rows.map((value, row) => ({ value: value.trim(), row })).filter((entry) => entry.value !== '');
  return { values: kept.map((entry) => entry.value), rows: kept.map((entry) => entry.row) };
};

/** Maps paths such as ["emails", 1] through the rows kept by `withoutBlanks`, other paths unchanged. */
export const fieldMapper =
  (lists: Record<string, number[]>): FieldOf =>
  (path) => {
    const [head, index, ...rest] = path;
    const rows = typeof head === 'string' ? lists[head] : undefined;
    if (rows && typeof index === 'number') return [head, rows[index] ?? index, ...rest].map(String).join('.');
    return path.map(String).join('.');
  };

/** The first message per field, keyed by the form's own paths. */
export const issuesToErrors = (issues: readonly z.core.$ZodIssue[], fieldOf: FieldOf): FormErrors => {
  const errors: FormErrors = {};
  for (const issue of issues) errors[fieldOf(issue.path)] ??= issue.message;
  return errors;
};

/** Server field errors arrive dot-joined ("changes.emails.1") for the whole channel input. */
export const serverErrors = (fields: Record<string, string>, fieldOf: FieldOf): FormErrors => {
  const errors: FormErrors = {};
  for (const [path, message] of Object.entries(fields)) {
    const parts = path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    errors[fieldOf(parts[0] === 'changes' ? parts.slice(1) : parts)] = message;
  }
  return errors;
};
