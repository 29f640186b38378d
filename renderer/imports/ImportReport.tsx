import { Alert, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconDownload } from '@tabler/icons-react';
import { toCsv } from '../../shared/exports';
import type { ImportKind, ImportResult } from '../../shared/imports';
import { downloadText } from '../exports/download-file';
import { formatCount, formatNumber, todayIso } from '../lib/format';
import { kindTexts } from './import-kinds';

/** More rows than this make the page sluggish; the download always has them all. */
const rowsShown = 500;

/** One count, as one line of text ("997 created"), so the number is never shown twice. */
const Stat = ({ label, value, color }: { label: string; value: number; color?: string }) => (
  <Card withBorder radius="md" padding="md">
    <Text size="sm" c="dimmed">
      <Text span fz={24} fw={600} className="lb-numeric" c={value > 0 ? color : 'var(--mantine-color-text)'}>
        {formatNumber(value)}
      </Text>{' '}
      {label}
    </Text>
  </Card>
);

const Summary = ({ kind, result }: { kind: ImportKind; result: ImportResult }) => {
  const { noun, plural } = kindTexts[kind];
  if (!result.committed) {
    return (
      <Alert
        color="red"
        variant="light"
        title="Nothing was imported"
        icon={<IconAlertTriangle size={18} aria-hidden />}
      >
        {formatCount(result.failed, 'row has', 'rows have')} problems and All or nothing was on, so no {noun}{' '}
        was written. Fix the rows below and import the file again, or turn off All or nothing to import the
        other rows.
      </Alert>
    );
  }
  const notes = [
    result.merged > 0 && `Merged rows filled in ${plural} you already had.`,
    result.skipped > 0 && `Skipped rows match ${plural} you already have.`,
    result.companiesCreated > 0 &&
      `${formatCount(result.companiesCreated, 'company was', 'companies were')} created from the Company column.`,
    result.failed > 0 && 'Rows with problems were left out; they are listed below.',
  ].filter(Boolean);
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" maw={720}>
        <Stat label="created" value={result.created} color="teal" />
        <Stat label="merged" value={result.merged} />
        <Stat label="skipped" value={result.skipped} />
        <Stat label="failed" value={result.failed} color="red" />
      </SimpleGrid>
      {result.total === 0 && <Text size="sm">The file had no rows to import.</Text>}
      {notes.length > 0 && <Text size="sm">{notes.join(' ')}</Text>}
    </Stack>
  );
};

const downloadErrors = (result: ImportResult) =>
  downloadText(
    `import-errors-${todayIso()}.csv`,
    toCsv(
      ['Row', 'Column', 'Message'],
      result.errors.map((error) => [String(error.row), error.column, error.message]),
    ),
  );

const ErrorTable = ({ result }: { result: ImportResult }) => (
  <Stack gap="xs">
    <Group justify="space-between">
      <Title order={3} fz="sm" fw={600}>
        Rows with problems
      </Title>
      <Button
        variant="default"
        size="xs"
        leftSection={<IconDownload size={14} aria-hidden />}
        onClick={() => downloadErrors(result)}
      >
        Download error report
      </Button>
    </Group>
    {result.failed > result.errors.length && (
      <Text size="sm" c="dimmed">
        The report lists the first {formatNumber(result.errors.length)} of {formatNumber(result.failed)} rows.
      </Text>
    )}
    <Table aria-label="Error report" withTableBorder striped fz="sm" verticalSpacing={6}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={80}>Row</Table.Th>
          <Table.Th w={200}>Column</Table.Th>
          <Table.Th>Message</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {result.errors.slice(0, rowsShown).map((error) => (
          <Table.Tr key={error.row}>
            <Table.Td className="lb-numeric">{error.row}</Table.Td>
            <Table.Td>{error.column || '—'}</Table.Td>
            <Table.Td>{error.message}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
    {result.errors.length > rowsShown && (
      <Text size="sm" c="dimmed">
        {formatNumber(result.errors.length - rowsShown)} more rows are in the downloaded report.
      </Text>
    )}
  </Stack>
);

/** What the run did: counts, or why nothing was written, and each bad row with what to fix. */
export const ImportReport = ({ kind, result }: { kind: ImportKind; result: ImportResult }) => (
  <Stack gap="lg">
    <Summary kind={kind} result={result} />
    {result.errors.length > 0 && <ErrorTable result={result} />}
  </Stack>
);
