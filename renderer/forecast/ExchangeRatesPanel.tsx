import { Alert, Button, Card, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type ForecastSettings, saveRatesInput } from '../../shared/forecast';
import { invalidateKinds } from '../app/query-client';
import { CurrencySelect } from '../deals/CurrencySelect';
import { RemoveRowButton, SaveOrDiscard } from '../forms/EditorButtons';
import { useSettingsForm } from '../forms/use-settings-form';
import { invoke } from '../lib/rpc';
import { Loaded } from '../records/QueryState';
import {
  currenciesWithoutRate,
  prepareRates,
  type RatesFormValues,
  rateRow,
  ratesFormValues,
} from './rates-form-values';

export const ratesKey = ['settings', 'forecast-rates'] as const;

const RateRow = ({ form, index }: { form: UseFormReturnType<RatesFormValues>; index: number }) => {
  const row = form.values.rates[index];
  if (!row) return null;
  const name = row.currency ? `rate for ${row.currency}` : `rate ${index + 1}`;
  return (
    <Group gap={8} wrap="nowrap" align="flex-start">
      <Text size="sm" mt={7} c="dimmed" aria-hidden>
        1
      </Text>
      <CurrencySelect
        {...form.getInputProps(`rates.${index}.currency`)}
        label={null}
        aria-label={`Currency ${index + 1}`}
        placeholder="Currency"
        w={108}
        style={{ flexShrink: 0 }}
      />
      <Text size="sm" mt={7} c="dimmed" aria-hidden>
        =
      </Text>
      <TextInput
        {...form.getInputProps(`rates.${index}.rate`)}
        aria-label={name.charAt(0).toUpperCase() + name.slice(1)}
        placeholder="1.0825"
        inputMode="decimal"
        maxLength={24}
        style={{ flex: 1, minWidth: 0 }}
        rightSection={
          <Text size="xs" c="dimmed">
            {form.values.baseCurrency}
          </Text>
        }
        rightSectionWidth={44}
      />
      <RemoveRowButton label={`Remove ${name}`} onClick={() => form.removeListItem('rates', index)} />
    </Group>
  );
};

const RatesForm = ({ settings }: { settings: ForecastSettings }) => {
  const client = useQueryClient();
  const { form, onSubmit, saving, failure } = useSettingsForm({
    initialValues: ratesFormValues(settings),
    prepare: prepareRates,
    schema: saveRatesInput,
    save: (input) => invoke('forecast.saveRates', input),
    onSaved: (saved) => {
      client.setQueryData(ratesKey, saved);
      invalidateKinds(client, ['settings']);
      notifications.show({ color: 'teal', message: 'Exchange rates saved' });
      return ratesFormValues(saved);
    },
  });
  const missing = currenciesWithoutRate(form.values, settings.currenciesInUse);

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Group grow align="flex-start">
          <CurrencySelect {...form.getInputProps('baseCurrency')} label="Base currency" />
          <NumberInput
            {...form.getInputProps('commitProbability')}
            label="Commit threshold"
            description="Stage probability"
            suffix="%"
            min={0}
            max={100}
            allowDecimal={false}
            allowNegative={false}
          />
        </Group>
        <div>
          <Text size="sm" fw={500}>
            Rates
          </Text>
          <Text size="xs" c="dimmed" mb={8}>
            What one unit of each currency is worth in {form.values.baseCurrency || 'the base currency'}.
          </Text>
          <Stack gap={8}>
            {form.values.rates.map((row, index) => (
              <RateRow key={row.key} form={form} index={index} />
            ))}
          </Stack>
          <Button
            variant="subtle"
            size="compact-sm"
            mt={8}
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => form.insertListItem('rates', rateRow())}
          >
            Add rate
          </Button>
        </div>
        {missing.length > 0 && (
          <Alert color="orange" variant="light" title="Missing rates" p="sm">
            <Text size="sm">
              Open deals in {missing.join(', ')} are left out of the converted totals until they have a rate.
            </Text>
            <Button
              size="compact-sm"
              variant="light"
              color="orange"
              mt={8}
              onClick={() => {
                for (const currency of missing) form.insertListItem('rates', rateRow(currency));
              }}
            >
              Add {missing.length === 1 ? `a rate for ${missing[0]}` : 'rates for them'}
            </Button>
          </Alert>
        )}
        <SaveOrDiscard
          failure={failure}
          failureTitle="Rates not saved"
          label="Save rates"
          saving={saving}
          dirty={form.isDirty()}
          onDiscard={() => form.reset()}
        />
      </Stack>
    </form>
  );
};

/** The base currency, commit threshold and exchange rates the forecast converts with. */
export const ExchangeRatesPanel = () => {
  const rates = useQuery({ queryKey: ratesKey, queryFn: () => invoke('forecast.rates', {}) });
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="exchange-rates-title">
      <Title id="exchange-rates-title" order={2} fz="sm" fw={600} mb="md">
        Exchange rates
      </Title>
      <Loaded query={rates} failedTitle="Could not load the rates" loadingLabel="Loading exchange rates">
        {(settings) => <RatesForm settings={settings} />}
      </Loaded>
    </Card>
  );
};
