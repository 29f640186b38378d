import { Card, Group, Input, Radio, Stack, Text, Title } from '@mantine/core';
import { type ImportKind, importKinds } from '../../shared/imports';
import { formatCount } from '../lib/format';
import classes from './import.module.css';
import { kindTexts } from './import-kinds';
import type { CsvFile } from './read-csv-file';

interface ImportSourceCardProps {
  kind: ImportKind;
  onKind: (kind: ImportKind) => void;
  file: CsvFile | null;
  rowCount: number | undefined;
  fileError: string | null;
  onFile: (file: File | undefined) => void;
  disabled: boolean;
}

export const ImportSourceCard = ({
  kind,
  onKind,
  file,
  rowCount,
  fileError,
  onFile,
  disabled,
}: ImportSourceCardProps) => (
  <Card withBorder radius="md" padding="lg">
    <Title order={2} fz="sm" fw={600} mb="md">
      1. Choose a file
    </Title>
    <Stack gap="md">
      <Radio.Group
        label="What does the file hold?"
        value={kind}
        onChange={(value) => onKind(value as ImportKind)}
      >
        <Group gap="lg" mt={6}>
          {importKinds.map((option) => (
            <Radio key={option} value={option} label={kindTexts[option].label} disabled={disabled} />
          ))}
        </Group>
      </Radio.Group>
      <Input.Wrapper
        label="CSV file"
        description="Comma- or semicolon-separated, with the column names in the first row; up to 20 MB."
        error={fileError}
        id="import-csv-file"
      >
        <input
          id="import-csv-file"
          className={classes.fileInput}
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          disabled={disabled}
          aria-invalid={fileError ? true : undefined}
          onChange={(event) => onFile(event.currentTarget.files?.[0])}
        />
      </Input.Wrapper>
      {file && (
        <Text size="sm" c="dimmed" className="lb-numeric">
          {rowCount === undefined ? 'Reading the file…' : `${formatCount(rowCount, 'row')} found`}
          {file.encoding === 'UTF-8' ? '' : ` · read as ${file.encoding}, since it is not UTF-8`}
        </Text>
      )}
    </Stack>
  </Card>
);
