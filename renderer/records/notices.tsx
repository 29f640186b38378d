import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { errorMessage } from '../lib/rpc';

/** Why something did not happen, left up long enough to read. */
export const notifyFailure = (title: string, error: unknown) =>
  notifications.show({ color: 'red', title, message: errorMessage(error), autoClose: 8000 });

interface UndoNotice {
  id: string;
  title: string;
  /** What was done to, in a line: the record's name. */
  text: ReactNode;
  onUndo: () => void;
  autoClose?: number;
}

/** A notice with an Undo button; a plain function, so Undo works after the page that showed it is gone. */
export const showUndoNotice = ({ id, title, text, onUndo, autoClose }: UndoNotice) =>
  notifications.show({
    id,
    autoClose,
    title,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm" c="dimmed" truncate>
          {text}
        </Text>
        <Button
          size="compact-sm"
          variant="light"
          style={{ flexShrink: 0 }}
          onClick={() => {
            notifications.hide(id);
            onUndo();
          }}
        >
          Undo
        </Button>
      </Group>
    ),
  });
