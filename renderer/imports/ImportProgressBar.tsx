import { Group, Progress, Stack, Text } from '@mantine/core';
import { formatNumber } from '../lib/format';

export type RunState = 'running' | 'finished' | 'rolled back';

interface ImportProgressBarProps {
  processed: number;
  total: number;
  state: RunState;
}

const headings: Record<RunState, string> = {
  running: 'Importing…',
  finished: 'Import finished',
  'rolled back': 'Import rolled back',
};

const colors: Record<RunState, string | undefined> = {
  running: undefined,
  finished: 'teal',
  'rolled back': 'gray',
};

/** How far the run is, from the imports.progress events; it stays full once the run has answered. */
export const ImportProgressBar = ({ processed, total, state }: ImportProgressBarProps) => {
  const percent = total === 0 ? (state === 'running' ? 0 : 100) : Math.round((processed / total) * 100);
  return (
    <Stack gap={6}>
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          {headings[state]}
        </Text>
        <Text size="sm" c="dimmed" className="lb-numeric">
          {formatNumber(processed)} of {formatNumber(total)} rows
        </Text>
      </Group>
      <Progress
        aria-label="Import progress"
        value={percent}
        size="lg"
        radius="xl"
        animated={state === 'running'}
        color={colors[state]}
        transitionDuration={150}
      />
    </Stack>
  );
};
