import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  type DedupeMode,
  type ImportField,
  type ImportFieldKey,
  type ImportKind,
  type ImportRunInput,
  importFields,
  importKinds,
  requiredFields,
} from '../../shared/imports';
import { errorMessage, invoke } from '../lib/rpc';
import { Page } from '../shell/Page';
import { PageHeader } from '../shell/PageHeader';
import { ImportOptionsCard } from './ImportOptionsCard';
import { ImportProgressBar } from './ImportProgressBar';
import { ImportReport } from './ImportReport';
import { ImportSourceCard } from './ImportSourceCard';
import { kindTexts } from './import-kinds';
import { MappingTable } from './MappingTable';
import { type CsvFile, readCsvFile } from './read-csv-file';
import { newImportId, useImportProgress } from './use-import-progress';

type Mapping = (ImportFieldKey | null)[];

const isKind = (value: string | null): value is ImportKind => importKinds.some((kind) => kind === value);

/** A single-value field belongs to one column: choosing it for another takes it from the first. */
const remap = (kind: ImportKind, mapping: Mapping, column: number, field: ImportFieldKey | null): Mapping => {
  const single = !(importFields[kind] as readonly ImportField[]).find((f) => f.key === field)?.list;
  return mapping.map((current, index) =>
    index === column ? field : single && current === field ? null : current,
  );
};

const missingField = (kind: ImportKind, mapping: Mapping) =>
  (requiredFields[kind] as { anyOf: string[]; label: string }[]).find(
    ({ anyOf }) => !anyOf.some((key) => mapping.includes(key as ImportFieldKey)),
  );

export const ImportPage = () => {
  const [params] = useSearchParams();
  const [kind, setKind] = useState<ImportKind>(
    isKind(params.get('kind')) ? (params.get('kind') as ImportKind) : 'contacts',
  );
  const [file, setFile] = useState<(CsvFile & { token: number }) | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [edits, setEdits] = useState<{ key: string; mapping: Mapping } | null>(null);
  const [dedupe, setDedupe] = useState<DedupeMode>('skip');
  const [allOrNothing, setAllOrNothing] = useState(false);
  const { progress, watch } = useImportProgress();

  const previewKey = `${kind}:${file?.token}`;
  const preview = useQuery({
    queryKey: ['imports', 'preview', kind, file?.token],
    queryFn: () => invoke('imports.preview', { kind, csv: file?.text ?? '' }),
    enabled: file !== null,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    retry: false,
  });
  const run = useMutation({ mutationFn: (input: ImportRunInput) => invoke('imports.run', input) });
  const mapping = edits?.key === previewKey ? edits.mapping : (preview.data?.mapping ?? []);
  const running = run.isPending;

  const startOver = (next: () => void) => {
    run.reset();
    watch(null);
    next();
  };
  const chooseFile = async (picked: File | undefined) => {
    startOver(() => setFileError(null));
    if (!picked) return setFile(null);
    try {
      setFile({ ...(await readCsvFile(picked)), token: Date.now() });
    } catch (error) {
      setFile(null);
      setFileError(errorMessage(error));
    }
  };
  const startImport = () => {
    if (!file) return;
    const importId = newImportId();
    watch(importId);
    run.mutate({ importId, kind, csv: file.text, mapping, dedupe, allOrNothing });
  };

  const missing = missingField(kind, mapping);
  const total = run.data?.total ?? progress?.total ?? preview.data?.rowCount ?? 0;
  const texts = kindTexts[kind];

  return (
    <Page maxWidth={1180}>
      <PageHeader
        title="Import"
        description="Bring contacts, companies or deals in from a spreadsheet saved as CSV. Nothing leaves this computer."
      />
      <Stack gap="lg">
        <ImportSourceCard
          kind={kind}
          onKind={(next) => startOver(() => setKind(next))}
          file={file}
          rowCount={preview.data?.rowCount}
          fileError={fileError ?? (preview.error ? errorMessage(preview.error) : null)}
          onFile={chooseFile}
          disabled={running}
        />
        {preview.data && (
          <>
            <Card withBorder radius="md" padding="lg">
              <Title order={2} fz="sm" fw={600}>
                2. Match the columns
              </Title>
              <Text size="xs" c="dimmed" mt={2} mb="md">
                Each column fills the {texts.noun} field chosen above it. The first rows of the file are
                shown.
              </Text>
              <MappingTable
                kind={kind}
                headers={preview.data.headers}
                rows={preview.data.rows}
                mapping={mapping}
                onMap={(column, field) =>
                  setEdits({ key: previewKey, mapping: remap(kind, mapping, column, field) })
                }
                disabled={running}
              />
            </Card>
            <ImportOptionsCard
              kind={kind}
              dedupe={dedupe}
              onDedupe={setDedupe}
              allOrNothing={allOrNothing}
              onAllOrNothing={setAllOrNothing}
              blocker={missing ? `Choose a column for ${missing.label} to import ${texts.plural}.` : null}
              running={running}
              onImport={startImport}
            />
          </>
        )}
        {(running || run.data || run.error) && (
          <Card withBorder radius="md" padding="lg">
            <Stack gap="lg">
              {!run.error && (
                <ImportProgressBar
                  processed={run.data ? run.data.total : (progress?.processed ?? 0)}
                  total={total}
                  state={run.data ? (run.data.committed ? 'finished' : 'rolled back') : 'running'}
                />
              )}
              {run.error && (
                <Alert color="red" variant="light" title="The import stopped; nothing was saved">
                  {errorMessage(run.error)}
                </Alert>
              )}
              {run.data && <ImportReport kind={kind} result={run.data} />}
              {run.data?.committed && (
                <Group>
                  <Button component={Link} to={texts.path} variant="default">
                    Go to {texts.plural}
                  </Button>
                </Group>
              )}
            </Stack>
          </Card>
        )}
      </Stack>
    </Page>
  );
};
