import { Alert, Button, Card, Checkbox, Group, Radio, Stack, Title } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import type { DedupeMode, ImportKind } from '../../shared/imports';
import { kindTexts } from './import-kinds';

interface ImportOptionsCardProps {
  kind: ImportKind;
  dedupe: DedupeMode;
  onDedupe: (mode: DedupeMode) => void;
  allOrNothing: boolean;
  onAllOrNothing: (on: boolean) => void;
  /** Why the import cannot start yet, such as a required field nobody maps. */
  blocker: string | null;
  running: boolean;
  onImport: () => void;
}

const dedupeChoices: { value: DedupeMode; label: string; description: string }[] = [
  { value: 'skip', label: 'Skip', description: 'Leave the existing record as it is and skip the row.' },
  { value: 'merge', label: 'Merge', description: 'Fill its empty fields and add new emails and tags.' },
  { value: 'create', label: 'Create new', description: 'Add the row as a new record anyway.' },
];

export const ImportOptionsCard = (props: ImportOptionsCardProps) => {
  const { kind, dedupe, onDedupe, allOrNothing, onAllOrNothing, blocker, running, onImport } = props;
  const duplicateRule = kindTexts[kind].duplicateRule;
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} fz="sm" fw={600} mb="md">
        3. Import
      </Title>
      <Stack gap="lg">
        {duplicateRule && (
          <Radio.Group
            label="When a row matches an existing record"
            description={duplicateRule}
            value={dedupe}
            onChange={(value) => onDedupe(value as DedupeMode)}
          >
            <Stack gap="xs" mt="xs">
              {dedupeChoices.map((choice) => (
                <Radio key={choice.value} disabled={running} {...choice} />
              ))}
            </Stack>
          </Radio.Group>
        )}
        <Checkbox
          label="All or nothing"
          description="If any row has a problem, import nothing, so you can fix the file and try again."
          checked={allOrNothing}
          disabled={running}
          onChange={(event) => onAllOrNothing(event.currentTarget.checked)}
        />
        {blocker && (
          <Alert color="yellow" variant="light" py="xs">
            {blocker}
          </Alert>
        )}
        <Group>
          <Button
            onClick={onImport}
            loading={running}
            disabled={blocker !== null}
            leftSection={<IconUpload size={16} aria-hidden />}
          >
            Import
          </Button>
        </Group>
      </Stack>
    </Card>
  );
};
