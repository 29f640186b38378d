import { Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import type { SaveState } from './use-draft-autosave';

/** Whether what is on screen is safe: "Saved", "Saving…", or why it cannot be saved yet. */
export const SaveIndicator = ({ state }: { state: SaveState }) => (
  <Group gap={6} wrap="nowrap" role="status" aria-live="polite" style={{ minWidth: 0 }}>
    {state.kind === 'saved' && (
      <>
        <IconCheck size={14} color="var(--mantine-color-teal-7)" aria-hidden />
        <Text size="sm" c="dimmed">
          Saved
        </Text>
      </>
    )}
    {(state.kind === 'pending' || state.kind === 'saving') && (
      <>
        <Loader size={12} aria-hidden />
        <Text size="sm" c="dimmed">
          Saving…
        </Text>
      </>
    )}
    {state.kind === 'invalid' && !state.shown && (
      <Text size="sm" c="dimmed" className="lb-truncate" title={state.message}>
        Not saved yet · {state.message}
      </Text>
    )}
    {((state.kind === 'invalid' && state.shown) || state.kind === 'failed') && (
      <>
        <IconAlertTriangle
          size={14}
          color={`var(--mantine-color-${state.kind === 'failed' ? 'red' : 'orange'}-7)`}
          aria-hidden
        />
        <Text
          size="sm"
          c={state.kind === 'failed' ? 'red.7' : 'orange.8'}
          className="lb-truncate"
          title={state.message}
        >
          {state.kind === 'invalid' ? `Not saved · ${state.message}` : state.message}
        </Text>
      </>
    )}
  </Group>
);
