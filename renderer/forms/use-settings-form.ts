import { type FormErrors, useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { RpcFailure } from '../lib/rpc';
import { issuesToErrors, serverErrors } from './form-errors';

/** Settings forms send their values as they are, so an issue's path is the form field's own path. */
const byPath = (path: readonly PropertyKey[]) => path.map(String).join('.');

interface SettingsFormOptions<Values extends Record<string, unknown>, Input, Saved> {
  initialValues: Values;
  prepare: (values: Values) => Input;
  /** The schema the server validates with, so the form and the server agree. */
  schema: z.ZodType;
  save: (input: Input) => Promise<Saved>;
  /** Shows what the server kept (cache, notice) and returns the values the form starts again from. */
  onSaved: (saved: Saved) => Values;
  /** The form field an input path came from, when the form's shape differs from the input's. */
  fieldOf?: (path: readonly PropertyKey[]) => string;
}

/** A form that stays on screen after saving, as settings do: unchanged again once saved, Discard going back to it. */
export const useSettingsForm = <Values extends Record<string, unknown>, Input, Saved>({
  initialValues,
  prepare,
  schema,
  save,
  onSaved,
  fieldOf = byPath,
}: SettingsFormOptions<Values, Input, Saved>) => {
  const form = useForm<Values>({
    initialValues,
    validate: (values): FormErrors => {
      const parsed = schema.safeParse(prepare(values));
      return parsed.success ? {} : issuesToErrors(parsed.error.issues, fieldOf);
    },
  });
  const mutation = useMutation({
    mutationFn: (values: Values) => save(prepare(values)),
    onSuccess: (saved) => {
      const values = onSaved(saved);
      form.setInitialValues(values);
      form.setValues(values);
    },
    onError: (error) => {
      if (error instanceof RpcFailure) form.setErrors(serverErrors(error.fields, fieldOf));
    },
  });
  const { error } = mutation;
  return {
    form,
    onSubmit: form.onSubmit((values) => mutation.mutate(values)),
    saving: mutation.isPending,
    /** A refusal other than bad fields, which show beside their inputs instead. */
    failure: error instanceof RpcFailure && error.error.code === 'invalid_input' ? null : error,
  };
};
