import { Button } from '@mantine/core';
import { IconArchive, IconPencil } from '@tabler/icons-react';
import { Link } from 'react-router';

interface RecordActionsProps {
  editPath: string;
  archived: boolean;
  busy: boolean;
  onArchive: () => void;
}

/** Edit and Archive for a detail page; an archived record is restored from its banner instead. */
export const RecordActions = ({ editPath, archived, busy, onArchive }: RecordActionsProps) => (
  <>
    <Button
      component={Link}
      to={editPath}
      variant="default"
      leftSection={<IconPencil size={16} aria-hidden />}
    >
      Edit
    </Button>
    {!archived && (
      <Button
        variant="default"
        leftSection={<IconArchive size={16} aria-hidden />}
        onClick={onArchive}
        loading={busy}
      >
        Archive
      </Button>
    )}
  </>
);
