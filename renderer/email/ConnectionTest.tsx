import { Alert, Button, Group, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { errorMessage, invoke } from '../lib/rpc';

/** Connects with the saved settings, so a wrong port or password shows now rather than on a client's invoice. */
export const ConnectionTest = ({ unsaved }: { unsaved: boolean }) => {
  const test = useMutation({ mutationFn: () => invoke('email.testConnection', {}) });
  const result = test.data ?? (test.error ? { ok: false, message: errorMessage(test.error) } : null);
  return (
    <>
      <Group gap="sm">
        <Button variant="default" loading={test.isPending} disabled={unsaved} onClick={() => test.mutate()}>
          Test connection
        </Button>
        <Text size="xs" c="dimmed">
          {unsaved ? 'Save your changes to test them.' : 'Connects and signs in with the saved settings.'}
        </Text>
      </Group>
      <div role="status" aria-live="polite">
        {result && (
          <Alert
            color={result.ok ? 'teal' : 'red'}
            variant="light"
            title={result.ok ? 'The connection works' : 'The connection failed'}
          >
            {result.message}
          </Alert>
        )}
      </div>
    </>
  );
};
