import { type FormErrors, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import type { SavedList } from '../../shared/lists';
import { invalidateKinds } from '../app/query-client';
import { issuesToErrors, type PreparedInput, serverErrors } from '../forms/form-errors';
import { RpcFailure } from '../lib/rpc';
import type { ListFormValues } from './list-form-values';
import { listKey } from './list-queries';

interface ListFormOptions<Input> {
  initialValues: ListFormValues;
  prepare: (values: ListFormValues) => PreparedInput<Input>;
  /** The schema the server validates with, so the form and the server agree. */
  schema: z.ZodType;
  save: (input: Input) => Promise<SavedList>;
  savedMessage: string;
}

/** Form state, validation and saving for a list; record forms have theirs in forms/use-record-form. */
export const useListForm = <Input>({
  initialValues,
  prepare,
  schema,
  save,
  savedMessage,
}: ListFormOptions<Input>) => {
  const client = useQueryClient();
  const navigate = useNavigate();
  const form = useForm<ListFormValues>({
    initialValues,
    validate: (values): FormErrors => {
      const { input, fieldOf } = prepare(values);
      const parsed = schema.safeParse(input);
      return parsed.success ? {} : issuesToErrors(parsed.error.issues, fieldOf);
    },
  });
  const mutation = useMutation({
    mutationFn: (values: ListFormValues) => save(prepare(values).input),
    onSuccess: (saved) => {
      client.setQueryData(listKey(saved.id), saved);
      invalidateKinds(client, ['lists']);
      notifications.show({ color: 'teal', message: savedMessage });
      navigate(`/lists/${saved.id}`);
    },
    onError: (error, values) => {
      if (error instanceof RpcFailure) form.setErrors(serverErrors(error.fields, prepare(values).fieldOf));
    },
  });
  return {
    form,
    onSubmit: form.onSubmit((values) => mutation.mutate(values)),
    saving: mutation.isPending,
    failure: mutation.error,
  };
};
