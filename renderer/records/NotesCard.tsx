import { Card, Text, Title } from '@mantine/core';

export const NotesCard = ({ notes }: { notes: string }) => (
  <Card withBorder radius="md" padding="lg">
    <Title order={2} fz="sm" fw={600} mb="sm">
      Notes
    </Title>
    {notes ? (
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {notes}
      </Text>
    ) : (
      <Text size="sm" c="dimmed">
        No notes yet. Use Edit to add what you want to remember.
      </Text>
    )}
  </Card>
);
