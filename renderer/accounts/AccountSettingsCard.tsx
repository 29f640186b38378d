import { Button, Card, Group, NativeSelect, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { type Account, type AccountStatus, accountStatuses } from '../../shared/accounts';
import { accountStatusLabels } from './AccountStatusBadge';
import { useAccountUpdate } from './use-account-update';

/** Status and renewal save as soon as they change; the notes save with their own button. */
export const AccountSettingsCard = ({ account }: { account: Account }) => {
  const update = useAccountUpdate(account.id);
  const [notes, setNotes] = useState(account.ownerNotes);
  const notesChanged = notes !== account.ownerNotes;

  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} fz="sm" fw={600} mb="md">
        Relationship
      </Title>
      <Stack gap="sm">
        <NativeSelect
          label="Status"
          value={account.status}
          data={accountStatuses.map((status) => ({ value: status, label: accountStatusLabels[status] }))}
          onChange={(event) => update.mutate({ status: event.currentTarget.value as AccountStatus })}
        />
        <TextInput
          type="date"
          label="Renewal date"
          defaultValue={account.renewalDate ?? ''}
          key={account.renewalDate ?? 'none'}
          onBlur={(event) => {
            const renewalDate = event.currentTarget.value || null;
            if (renewalDate !== account.renewalDate) update.mutate({ renewalDate });
          }}
        />
        <Textarea
          label="Owner notes"
          description="How the relationship is going, what they care about, what to offer next."
          value={notes}
          onChange={(event) => setNotes(event.currentTarget.value)}
          autosize
          minRows={4}
          maxRows={16}
        />
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {notesChanged ? 'Unsaved changes' : ' '}
          </Text>
          <Button
            size="xs"
            variant={notesChanged ? 'filled' : 'default'}
            disabled={!notesChanged}
            loading={update.isPending && update.variables?.ownerNotes !== undefined}
            onClick={() => update.mutate({ ownerNotes: notes })}
          >
            Save notes
          </Button>
        </Group>
      </Stack>
    </Card>
  );
};
