import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  type Pipeline,
  type PipelineSaveInput,
  pipelineSaveInput,
  type StageOutcome,
} from '../../shared/pipelines';
import { invalidateKinds } from '../app/query-client';
import { errorMessage, invoke } from '../lib/rpc';
import { usePipelines } from './pipeline-queries';

type StageDraft = PipelineSaveInput['stages'][number] & { key: string };

const outcomeOptions: { value: StageOutcome; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'won', label: 'Won' },
  { value: 'lost', label: 'Lost' },
];

let lastKey = 0;
const draftsOf = (pipeline: Pipeline): StageDraft[] =>
  pipeline.stages.map(({ id, name, probability, outcome }) => ({
    id,
    name,
    probability,
    outcome,
    key: `stage-${id}`,
  }));

/** One pipeline's stages: renamed, re-weighted, reordered, added and removed, then saved together. */
const StagesForm = ({ pipeline }: { pipeline: Pipeline }) => {
  const client = useQueryClient();
  const [name, setName] = useState(pipeline.name);
  const [stages, setStages] = useState(() => draftsOf(pipeline));
  const change = (index: number, patch: Partial<StageDraft>) =>
    setStages((all) => all.map((stage, at) => (at === index ? { ...stage, ...patch } : stage)));
  const swap = (index: number, other: number) =>
    setStages((all) => {
      const next = [...all];
      const [a, b] = [next[index], next[other]];
      if (!a || !b) return all;
      next[index] = b;
      next[other] = a;
      return next;
    });
  const input: PipelineSaveInput = {
    id: pipeline.id,
    name,
    stages: stages.map(({ key, ...stage }) => stage),
  };
  const checked = pipelineSaveInput.safeParse(input);
  const save = useMutation({
    mutationFn: () => invoke('pipelines.save', input),
    onSuccess: (saved) => {
      setStages(draftsOf(saved));
      invalidateKinds(client, ['pipelines', 'deals']);
      notifications.show({ color: 'teal', message: 'Pipeline saved' });
    },
  });

  return (
    <Stack gap="sm">
      <TextInput
        label="Pipeline name"
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
        maw={320}
      />
      <Group gap="xs" wrap="nowrap" aria-hidden>
        <Text size="xs" fw={600} c="dimmed" tt="uppercase" flex={1}>
          Stage
        </Text>
        <Text size="xs" fw={600} c="dimmed" tt="uppercase" w={110}>
          Win chance
        </Text>
        <Text size="xs" fw={600} c="dimmed" tt="uppercase" w={110}>
          Kind
        </Text>
        <div style={{ width: 92 }} />
      </Group>
      {stages.map((stage, index) => {
        const label = stage.name || `stage ${index + 1}`;
        return (
          <Group key={stage.key} gap="xs" wrap="nowrap">
            <TextInput
              aria-label={`Name of stage ${index + 1}`}
              value={stage.name}
              onChange={(event) => change(index, { name: event.currentTarget.value })}
              flex={1}
            />
            <NumberInput
              aria-label={`Win chance of ${label}`}
              value={stage.probability}
              onChange={(value) => change(index, { probability: typeof value === 'number' ? value : 0 })}
              min={0}
              max={100}
              allowDecimal={false}
              suffix="%"
              w={110}
            />
            <NativeSelect
              aria-label={`Kind of ${label}`}
              value={stage.outcome}
              data={outcomeOptions}
              onChange={(event) => change(index, { outcome: event.currentTarget.value as StageOutcome })}
              w={110}
            />
            <Group gap={2} wrap="nowrap" w={92}>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Move ${label} up`}
                disabled={index === 0}
                onClick={() => swap(index, index - 1)}
              >
                <IconArrowUp size={15} aria-hidden />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Move ${label} down`}
                disabled={index === stages.length - 1}
                onClick={() => swap(index, index + 1)}
              >
                <IconArrowDown size={15} aria-hidden />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`Remove ${label}`}
                onClick={() => setStages((all) => all.filter((_, at) => at !== index))}
              >
                <IconTrash size={15} aria-hidden />
              </ActionIcon>
            </Group>
          </Group>
        );
      })}
      {!checked.success && (
        <Text size="sm" c="red">
          {checked.error.issues[0]?.message}
        </Text>
      )}
      {save.error && (
        <Alert color="red" variant="light" title="Not saved">
          {errorMessage(save.error)}
        </Alert>
      )}
      <Group justify="space-between">
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() =>
            setStages((all) => {
              const won = all.findIndex((stage) => stage.outcome !== 'open');
              const at = won < 0 ? all.length : won;
              const added = { name: '', probability: 50, outcome: 'open' as const, key: `new-${++lastKey}` };
              return [...all.slice(0, at), added, ...all.slice(at)];
            })
          }
        >
          Add stage
        </Button>
        <Button onClick={() => save.mutate()} loading={save.isPending} disabled={!checked.success}>
          Save pipeline
        </Button>
      </Group>
    </Stack>
  );
};

/** Settings: the stages deals move through, with the chance of winning at each. */
export const PipelineEditor = () => {
  const { data, error } = usePipelines();
  const [chosen, setChosen] = useState<number | null>(null);
  const pipeline = data?.find((candidate) => candidate.id === chosen) ?? data?.[0];
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label="Pipeline stages">
      <Group justify="space-between" mb={4}>
        <Title order={2} fz="sm" fw={600}>
          Pipeline stages
        </Title>
        {data && data.length > 1 && (
          <NativeSelect
            aria-label="Pipeline to edit"
            value={String(pipeline?.id ?? '')}
            data={data.map((candidate) => ({ value: String(candidate.id), label: candidate.name }))}
            onChange={(event) => setChosen(Number(event.currentTarget.value))}
          />
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        The columns of your deals board, in order. Win chance weights each deal in forecasts; exactly one
        stage wins a deal and one loses it.
      </Text>
      {error && (
        <Alert color="red" variant="light">
          {errorMessage(error)}
        </Alert>
      )}
      {pipeline && <StagesForm key={pipeline.id} pipeline={pipeline} />}
    </Card>
  );
};
