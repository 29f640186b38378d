import { Alert, Card, Code, Group, Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { localIsoDate } from '../../shared/invoice-dates';
import { type NumberSeries, numberingChannels, numberPattern } from '../../shared/numbering';
import { invalidateKinds } from '../app/query-client';
import { SaveOrDiscard } from '../forms/EditorButtons';
import { useSettingsForm } from '../forms/use-settings-form';
import { errorMessage, invoke } from '../lib/rpc';
import { Loaded } from '../records/QueryState';
import { previewNumber } from './next-number';

const numberingKey = ['settings', 'numbering'] as const;

const seriesChanges = numberingChannels['numbering.update'].input.shape.changes;

// Invoices first: they are the series people change.
const kindOrder = ['invoice', 'credit_note', 'estimate'];

type SeriesValues = { name: string; pattern: string; yearlyReset: boolean };

const seriesValues = (series: NumberSeries): SeriesValues => ({
  name: series.name,
  pattern: series.pattern,
  yearlyReset: series.yearlyReset,
});

const SeriesForm = ({ series }: { series: NumberSeries }) => {
  const client = useQueryClient();
  const { form, onSubmit, saving, failure } = useSettingsForm({
    initialValues: seriesValues(series),
    prepare: (values: SeriesValues) => values,
    schema: seriesChanges,
    save: (changes) => invoke('numbering.update', { id: series.id, changes }),
    onSaved: (saved) => {
      invalidateKinds(client, ['settings']);
      notifications.show({ color: 'teal', message: `${saved.name} numbering saved` });
      return seriesValues(saved);
    },
  });
  // Checked while typing, since the preview can only show a number for a pattern that is valid.
  const pattern = numberPattern.safeParse(form.values.pattern);
  const next = pattern.success ? previewNumber(series, pattern.data, localIsoDate(new Date())) : '—';

  return (
    <Paper withBorder radius="md" p="md">
      <form onSubmit={onSubmit} noValidate aria-label={`${series.name} number series`}>
        <Group align="flex-start" gap="md" wrap="nowrap">
          <TextInput {...form.getInputProps('name')} label="Name" w={170} />
          <TextInput
            {...form.getInputProps('pattern')}
            error={form.errors.pattern ?? pattern.error?.issues[0]?.message}
            label="Pattern"
            style={{ flex: 1 }}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          />
          <Stack gap={4} w={170} style={{ flexShrink: 0 }}>
            <Text size="sm" fw={500}>
              Next number
            </Text>
            <Text size="sm" ff="monospace" mt={6} aria-live="polite">
              {next}
            </Text>
          </Stack>
        </Group>
        <Group justify="space-between" mt="sm">
          <Switch
            {...form.getInputProps('yearlyReset', { type: 'checkbox' })}
            label="Start again at 1 every year"
          />
          {form.isDirty() && (
            <SaveOrDiscard label="Save series" saving={saving} dirty onDiscard={() => form.reset()} />
          )}
        </Group>
        {failure && (
          <Alert color="red" variant="light" mt="sm" title="Series not saved">
            {errorMessage(failure)}
          </Alert>
        )}
      </form>
    </Paper>
  );
};

/** The number series: patterns and yearly restarts, with the number the next document would get. */
export const NumberingSettings = () => {
  const series = useQuery({ queryKey: numberingKey, queryFn: () => invoke('numbering.list', {}) });
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="numbering-title">
      <Title id="numbering-title" order={2} fz="sm" fw={600}>
        Document numbers
      </Title>
      <Text size="sm" c="dimmed" mt={4} mb="md">
        A number is given when a document is issued, never to a draft, and each series counts without gaps.
        Use <Code>{'{YYYY}'}</Code> or <Code>{'{YY}'}</Code> for the year and <Code>{'{SEQ:4}'}</Code> for the
        running number padded to 4 digits.
      </Text>
      <Loaded
        query={series}
        failedTitle="Could not load the number series"
        loadingLabel="Loading number series"
      >
        {(loaded) => (
          <Stack gap="sm">
            {loaded
              .toSorted((a, b) => kindOrder.indexOf(a.documentKind) - kindOrder.indexOf(b.documentKind))
              .map((one) => (
                <SeriesForm key={one.id} series={one} />
              ))}
          </Stack>
        )}
      </Loaded>
    </Card>
  );
};
