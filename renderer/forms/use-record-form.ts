import { type FormErrors, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import type { RecordKind } from '../../shared/workspace';
import { RpcFailure } from '../lib/rpc';
import { applySaved } from '../records/record-actions';
import { issuesToErrors, type PreparedInput, serverErrors } from './form-errors';

interface RecordFormOptions<Values extends Record<string, unknown>, Input, Saved extends { id: number }> {
  kind: RecordKind;
  initialValues: Values;
  prepare: (values: Values) => PreparedInput<Input>;
  /** The same zod schema the server validates with, so the form and the server never disagree. */
  schema: z.ZodType;
  /** Checks the schema cannot make, such as an amount typed in major units that does not parse. */
  check?: (values: Values) => FormErrors;
  save: (input: Input) => Promise<Saved>;
  savedMessage: string;
  detailPath: (saved: Saved) => string;
}

/** Form state, validation and saving shared by every record form. */
export const useRecordForm = <Values extends Record<string, unknown>, Input, Saved extends { id: number }>(
  options: RecordFormOptions<Values, Input, Saved>,
) => {
  const { kind, initialValues, prepare, check, schema, save, savedMessage, detailPath } = options;
  const client = useQueryClient();
  const navigate = useNavigate();
  const form = useForm<Values>({
    initialValues,
    validate: (values): FormErrors => {
      const { input, fieldOf } = prepare(values);
      const parsed = schema.safeParse(input);
      return {
        ...(parsed.success ? {} : issuesToErrors(parsed.error.issues, fieldOf)),
        ...(check?.(values) ?? {}),
      };
    },
  });

  const mutation = useMutation({
    mutationFn: (values: Values) => save(prepare(values).input),
    onSuccess: (saved) => {
      applySaved(client, kind, saved);
      notifications.show({ color: 'teal', message: savedMessage });
      navigate(detailPath(saved));
    },
    onError: (error, values) => {
      if (error instanceof RpcFailure) form.setErrors(serverErrors(error.fields, prepare(values).fieldOf));
    },
  });

  return {
    form,
    /** What FormPage needs: the submit handler, the busy flag and why the last save failed. */
    page: {
      onSubmit: form.onSubmit(
        (values) => mutation.mutate(values),
        (errors) => {
          const first = Object.keys(errors)[0];
          if (first) form.getInputNode(first)?.focus();
        },
      ),
      saving: mutation.isPending,
      failure: mutation.error,
    },
  };
};
