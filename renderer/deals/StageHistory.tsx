import { Alert, Card, Loader, Stack, Text, Title } from '@mantine/core';
import { formatDateTime } from '../lib/format';
import { errorMessage } from '../lib/rpc';
import { useDealHistory } from './deal-queries';

const sentenceOf = (kind: string, from: string | null, to: string) => {
  if (kind === 'created') return `Created in ${to}`;
  return from ? `${from} → ${to}` : `Moved to ${to}`;
};

/** Every stage the deal has been through, oldest first. */
export const StageHistory = ({ dealId }: { dealId: number }) => {
  const { data, error } = useDealHistory(dealId);
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} fz="sm" fw={600} mb="md">
        Stage history
      </Title>
      {error && (
        <Alert color="red" variant="light">
          {errorMessage(error)}
        </Alert>
      )}
      {!data && !error && <Loader size="xs" aria-label="Loading stage history" />}
      {data && (
        <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {data.map((change) => (
            <li key={change.id}>
              <Text size="sm" fw={500}>
                {sentenceOf(change.kind, change.fromStage, change.toStage)}
              </Text>
              <Text size="xs" c="dimmed" className="lb-numeric">
                {formatDateTime(change.changedAt)}
              </Text>
              {change.reason && (
                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {change.reason}
                </Text>
              )}
            </li>
          ))}
        </Stack>
      )}
    </Card>
  );
};
