import { Button, CloseButton, Text } from '@mantine/core';
import { IconListCheck, IconPlaylistAdd } from '@tabler/icons-react';
import { useState } from 'react';
import type { DirectoryKind } from '../../shared/workspace';
import { formatCount } from '../lib/format';
import { useUiStore } from '../shell/ui-store';
import { type AddTarget, AddToListModal } from './AddToListModal';

interface AddToListActionsProps {
  kind: DirectoryKind;
  /** Lower case: "contact", "contacts". */
  noun: string;
  plural: string;
  selectedIds: number[];
  clearSelection: () => void;
}

/** The record list screen's way into lists: the ticked rows, or everyone the current search shows. */
export const AddToListActions = ({
  kind,
  noun,
  plural,
  selectedIds,
  clearSelection,
}: AddToListActionsProps) => {
  const view = useUiStore((state) => state.lists[kind]);
  const [target, setTarget] = useState<AddTarget | null>(null);
  return (
    <>
      {selectedIds.length > 0 && (
        <>
          <Text size="sm" c="dimmed" className="lb-numeric" aria-live="polite">
            {formatCount(selectedIds.length, noun, plural)} selected
          </Text>
          <CloseButton aria-label="Clear selection" onClick={clearSelection} />
          <Button
            variant="light"
            leftSection={<IconListCheck size={16} aria-hidden />}
            onClick={() => setTarget({ recordIds: selectedIds })}
          >
            Add to list
          </Button>
        </>
      )}
      <Button
        variant="default"
        leftSection={<IconPlaylistAdd size={16} aria-hidden />}
        onClick={() => setTarget({ fromFilter: { query: view.query, status: view.status } })}
      >
        Add all matching to list
      </Button>
      <AddToListModal
        kind={kind}
        noun={noun}
        plural={plural}
        target={target}
        onClose={() => setTarget(null)}
        onAdded={clearSelection}
      />
    </>
  );
};
