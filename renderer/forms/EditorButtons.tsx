import { ActionIcon, Alert, Button, Group } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { errorMessage } from '../lib/rpc';

/** The trash button at the end of a row in an editable list of rows. */
export const RemoveRowButton = ({
  label,
  title,
  onClick,
}: {
  label: string;
  title?: string;
  onClick: () => void;
}) => (
  <ActionIcon
    variant="subtle"
    color="gray"
    size="lg"
    mt={2}
    aria-label={label}
    title={title}
    onClick={onClick}
  >
    <IconTrash size={16} aria-hidden />
  </ActionIcon>
);

interface SaveOrDiscardProps {
  label: string;
  saving: boolean;
  /** Discard is offered only once something differs from what was saved. */
  dirty: boolean;
  onDiscard: () => void;
  /** Why the last save failed, shown above the buttons under `failureTitle`. */
  failure?: unknown;
  failureTitle?: string;
}

/** Save, or go back to what was last saved: for forms that stay on screen after saving. */
export const SaveOrDiscard = ({
  label,
  saving,
  dirty,
  onDiscard,
  failure,
  failureTitle,
}: SaveOrDiscardProps) => (
  <>
    {failure ? (
      <Alert color="red" variant="light" title={failureTitle}>
        {errorMessage(failure)}
      </Alert>
    ) : null}
    <Group gap="xs">
      <Button type="submit" loading={saving}>
        {label}
      </Button>
      <Button variant="default" disabled={!dirty} onClick={onDiscard}>
        Discard changes
      </Button>
    </Group>
  </>
);
