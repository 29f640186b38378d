import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { type Lead, leadDisplayName } from '../../shared/leads';
import { parseMajorUnits } from '../../shared/major-units';
import { invalidateKinds } from '../app/query-client';
import { CurrencySelect } from '../deals/CurrencySelect';
import { errorMessage, invoke, RpcFailure } from '../lib/rpc';
import { usePipelines } from '../pipelines/pipeline-queries';

interface QualifyDialogProps {
  lead: Lead;
  opened: boolean;
  onClose: () => void;
}

/** Turns the lead into a deal (and a contact and company when it has none), then opens the deal. */
export const QualifyDialog = ({ lead, opened, onClose }: QualifyDialogProps) => {
  const client = useQueryClient();
  const navigate = useNavigate();
  const pipelines = usePipelines();
  const [title, setTitle] = useState(`${lead.companyName || leadDisplayName(lead)} deal`);
  const [value, setValue] = useState('');
  const [currency, setCurrency] = useState('EUR');
  const [pipelineId, setPipelineId] = useState('');
  const amount = value.trim() === '' ? null : parseMajorUnits(value, currency);
  const [showErrors, setShowErrors] = useState(false);

  const qualify = useMutation({
    mutationFn: () =>
      invoke('leads.qualify', {
        id: lead.id,
        dealTitle: title,
        currency,
        ...(amount?.ok ? { valueMinor: amount.minor } : {}),
        ...(pipelineId ? { pipelineId: Number(pipelineId) } : {}),
      }),
    onSuccess: (qualified) => {
      invalidateKinds(client, ['leads', 'deals', 'contacts', 'companies']);
      onClose();
      navigate(`/deals/${qualified.dealId}`);
    },
  });
  const fieldError = (field: string) =>
    qualify.error instanceof RpcFailure ? qualify.error.fields[field] : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    if (amount && !amount.ok) return;
    qualify.mutate();
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Qualify lead" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            Creates a deal in your pipeline
            {lead.contactId === null || lead.companyId === null ? ', and files the person and company,' : ''}{' '}
            keeping everything logged on this lead.
          </Text>
          <TextInput
            label="Deal title"
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={fieldError('dealTitle')}
            data-autofocus
            maxLength={200}
          />
          <Group grow align="flex-start">
            <TextInput
              label="Value"
              placeholder="e.g. 12,500"
              inputMode="decimal"
              value={value}
              onChange={(event) => setValue(event.currentTarget.value)}
              error={(showErrors && amount && !amount.ok && amount.message) || fieldError('valueMinor')}
              className="lb-numeric"
            />
            <CurrencySelect value={currency} onChange={(code) => code && setCurrency(code)} />
          </Group>
          {(pipelines.data?.length ?? 0) > 1 && (
            <NativeSelect
              label="Pipeline"
              value={pipelineId}
              onChange={(event) => setPipelineId(event.currentTarget.value)}
              data={[
                { value: '', label: 'Default pipeline' },
                ...(pipelines.data ?? []).map((pipeline) => ({
                  value: String(pipeline.id),
                  label: pipeline.name,
                })),
              ]}
            />
          )}
          {qualify.error && !fieldError('dealTitle') && !fieldError('valueMinor') && (
            <Alert color="red" variant="light">
              {errorMessage(qualify.error)}
            </Alert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={qualify.isPending}>
              Qualify and create deal
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
