import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useBlocker } from 'react-router';
import type { SaveState } from './use-draft-autosave';

/**
 * Pending edits save by themselves when the page is left; only edits that cannot be saved as they are
 * (a line without a description, a price that is not a number) make it ask first.
 */
export const LeaveGuard = ({ state }: { state: SaveState }) =>
  state.kind === 'invalid' || state.kind === 'failed' ? (
    <Blocking text={`Your latest changes to this draft can't be saved yet. ${state.message}`} />
  ) : null;

/**
 * Asks before leaving the page; `text` says what would be lost. Mounted only while needed: a router
 * blocker also watches navigations it lets through.
 */
export const Blocking = ({ text, stayLabel = 'Stay and fix' }: { text: string; stayLabel?: string }) => {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname,
  );
  return (
    <Modal
      opened={blocker.state === 'blocked'}
      onClose={() => blocker.reset?.()}
      title="Leave with unsaved changes?"
      centered
    >
      <Stack gap="md">
        <Text size="sm">{text}</Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" color="red" onClick={() => blocker.proceed?.()}>
            Leave without them
          </Button>
          <Button onClick={() => blocker.reset?.()} data-autofocus>
            {stayLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
