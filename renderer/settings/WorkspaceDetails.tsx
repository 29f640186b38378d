import { ActionIcon, Card, Code, CopyButton, Group, SimpleGrid, Text, Title, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import type { WorkspaceInfo } from '../../shared/workspace';
import { formatNumber } from '../lib/format';
import { FieldList } from '../records/FieldList';

const PathValue = ({ label, path }: { label: string; path: string }) => (
  <Group gap={6} wrap="nowrap" align="flex-start">
    <Code style={{ overflowWrap: 'anywhere', whiteSpace: 'normal' }}>{path}</Code>
    <CopyButton value={path}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? 'Copied' : 'Copy'} withArrow>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            onClick={copy}
            aria-label={`Copy ${label.toLowerCase()}`}
          >
            {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  </Group>
);

const Count = ({ label, value }: { label: string; value: number }) => (
  <Card withBorder radius="md" padding="lg">
    <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>
      {label}
    </Text>
    <Text fz={28} fw={600} className="lb-numeric" mt={4}>
      {formatNumber(value)}
    </Text>
  </Card>
);

export const WorkspaceDetails = ({ info }: { info: WorkspaceInfo }) => (
  <>
    <SimpleGrid cols={2} spacing="lg" mb="lg" maw={560}>
      <Count label="Contacts" value={info.counts.contacts} />
      <Count label="Companies" value={info.counts.companies} />
    </SimpleGrid>
    <FieldList
      title="Workspace"
      fields={[
        { label: 'Data folder', value: <PathValue label="Data folder" path={info.dataDir} /> },
        { label: 'Database file', value: <PathValue label="Database file" path={info.databaseFile} /> },
        { label: 'Schema version', value: <span className="lb-numeric">{info.schemaVersion}</span> },
        { label: 'App version', value: <span className="lb-numeric">{info.appVersion}</span> },
      ]}
    />
    <Title order={2} fz="sm" fw={600} mt="xl" mb={4}>
      Your data
    </Title>
    <Text size="sm" c="dimmed" maw={640}>
      Everything you record lives in the SQLite file above, on this computer, and nothing is sent anywhere. To
      back up, copy that folder the way you back up your other documents.
    </Text>
  </>
);
