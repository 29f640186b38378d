import type { FormErrors, UseFormReturnType } from '@mantine/form';
import { useDebouncedCallback, useWindowEvent } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { Invoice } from '../../../shared/invoices';
import { serverErrors } from '../../forms/form-errors';
import { errorMessage, invoke, RpcFailure } from '../../lib/rpc';
import { applyInvoice } from '../invoice-queries';
import { type DraftChanges, type DraftValues, draftChanges, draftProblems, fieldOf } from './draft-values';

export type SaveState =
  | { kind: 'saved' | 'pending' | 'saving' }
  /** `shown`: the field at fault already shows its error; otherwise it is one not filled in yet. */
  | { kind: 'invalid'; message: string; shown: boolean }
  | { kind: 'failed'; message: string };

const autosaveDelay = 600;

/** Saves still on their way, by invoice: a draft opened again waits for them instead of showing old content. */
const inFlight = new Map<number, Promise<boolean>>();

export const saveInFlight = (invoiceId: number) => inFlight.get(invoiceId);

type Sent = Record<string, string>;

const asSent = (changes: NonNullable<DraftChanges>): Sent =>
  Object.fromEntries(Object.entries(changes).map(([key, value]) => [key, JSON.stringify(value)]));

/** The fields that differ from what the server already holds. */
const changedKeys = (now: Sent, saved: Sent) => Object.keys(now).filter((key) => saved[key] !== now[key]);

const pick = <Value>(record: Record<string, Value>, keys: string[]): Record<string, Value> =>
  Object.fromEntries(keys.flatMap((key) => (key in record ? [[key, record[key] as Value]] : [])));

/** "Line 2: Description is required", "Terms days: Enter a number of days", for the save indicator. */
const problemText = ([path, message]: [string, unknown]) => {
  const line = /^lines\.(\d+)\./.exec(path);
  if (line) return `Line ${Number(line[1]) + 1}: ${String(message)}`;
  const words = path.replace(/([A-Z])/g, ' $1').toLowerCase();
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}: ${String(message)}`;
};

/**
 * Saves the draft a moment after typing pauses, one request at a time, sending only what changed.
 * Errors show beside the fields once touched (or all of them before issuing); `flush` saves at once, and
 * leaving the page saves whatever is still waiting.
 */
export const useDraftAutosave = (invoice: Invoice, form: UseFormReturnType<DraftValues>) => {
  const client = useQueryClient();
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  const saved = useRef(asSent(draftChanges(form.getValues())));
  const running = useRef<Promise<boolean> | null>(null);
  const refused = useRef<FormErrors>({});
  const showAll = useRef(false);

  /** Shows the problems of the fields already touched; returns them. */
  const showErrors = (problems: FormErrors) => {
    const shown = Object.entries(problems).filter(([path]) => showAll.current || form.isTouched(path));
    form.setErrors({ ...Object.fromEntries(shown), ...refused.current });
    return shown;
  };

  /** Sends `changes`; `sent` is the same fields as text, remembered once the server has them. */
  const send = async (changes: DraftChanges, sent: Sent): Promise<boolean> => {
    try {
      const next = await invoke('invoices.update', { id: invoice.id, changes });
      saved.current = { ...saved.current, ...sent };
      refused.current = {};
      applyInvoice(client, next);
      const waiting = changedKeys(asSent(draftChanges(form.getValues())), saved.current).length;
      setState({ kind: waiting > 0 ? 'pending' : 'saved' });
      return true;
    } catch (error) {
      const invalid = error instanceof RpcFailure && error.error.code === 'invalid_input';
      if (error instanceof RpcFailure) refused.current = serverErrors(error.fields, fieldOf);
      form.setErrors({ ...form.errors, ...refused.current });
      setState({
        kind: 'failed',
        message: invalid ? 'Not saved: check the highlighted fields' : `Not saved: ${errorMessage(error)}`,
      });
      return false;
    }
  };

  const saveNow = async (): Promise<boolean> => {
    while (running.current) await running.current;
    const values = form.getValues();
    const problems = Object.entries(draftProblems(invoice.id, values));
    const shown = showErrors(Object.fromEntries(problems));
    const first = shown[0] ?? problems[0];
    if (first) {
      setState({ kind: 'invalid', message: problemText(first), shown: shown.length > 0 });
      return false;
    }
    const content = draftChanges(values);
    const now = asSent(content);
    const keys = changedKeys(now, saved.current);
    if (keys.length === 0) {
      setState({ kind: 'saved' });
      return true;
    }
    setState({ kind: 'saving' });
    const attempt = send(pick(content, keys), pick(now, keys));
    running.current = attempt;
    inFlight.set(invoice.id, attempt);
    try {
      return await attempt;
    } finally {
      running.current = null;
      if (inFlight.get(invoice.id) === attempt) inFlight.delete(invoice.id);
    }
  };

  // Leaving the page flushes a save still waiting for its pause, so nothing typed is lost.
  const later = useDebouncedCallback(() => void saveNow(), { delay: autosaveDelay, flushOnUnmount: true });
  const latest = useRef({ later, saveNow });
  latest.current = { later, saveNow };

  /** Call on every change: the indicator says so at once, the save follows when typing pauses. */
  const changed = useCallback(() => {
    setState((current) => (current.kind === 'saving' ? current : { kind: 'pending' }));
    latest.current.later();
  }, []);

  /** Saves now; resolves false (and shows every problem) if the draft cannot be saved as it is. */
  const flush = useCallback(async () => {
    latest.current.later.cancel();
    showAll.current = true;
    return latest.current.saveNow();
  }, []);

  useWindowEvent('pagehide', () => void latest.current.saveNow());

  return { state, changed, flush };
};
