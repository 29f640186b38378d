import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';

interface DecisionDialogProps {
  decision: 'approve' | 'decline';
  estimateName: string;
  busy: boolean;
  /** The server's message, if recording failed. */
  error: string | null;
  onConfirm: (by: string) => void;
  onCancel: () => void;
}

/** Records the client's answer and who gave it; left empty, the name is the workspace's legal name. */
export const DecisionDialog = ({
  decision,
  estimateName,
  busy,
  error,
  onConfirm,
  onCancel,
}: DecisionDialogProps) => {
  const [by, setBy] = useState('');
  const approve = decision === 'approve';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onConfirm(by.trim());
  };
  return (
    <Modal opened onClose={onCancel} title={`${approve ? 'Approve' : 'Decline'} ${estimateName}?`} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {approve
              ? 'Record that the client accepted this estimate. You can then turn it into an invoice.'
              : 'Record that the client turned this estimate down. It stays in your records.'}
          </Text>
          <TextInput
            label={approve ? 'Approved by' : 'Declined by'}
            description="Who gave the answer; left empty, your legal name is recorded"
            value={by}
            onChange={(event) => setBy(event.currentTarget.value)}
            maxLength={200}
            data-autofocus
          />
          {error && (
            <Alert color="red" variant="light">
              {error}
            </Alert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
            <Button type="submit" color={approve ? 'teal' : 'red'} loading={busy}>
              {approve ? 'Record approval' : 'Record decline'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
