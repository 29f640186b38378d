import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Group,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormErrors, type UseFormReturnType, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ForecastSettings, saveRatesInput } from '../../shared/forecast';
import { invalidateKinds } from '../app/query-client';
import { CurrencySelect } from '../deals/CurrencySelect';
import { issuesToErrors, serverErrors } from '../forms/form-errors';
import { errorMessage, invoke, RpcFailure } from '../lib/rpc';
import { PageLoader } from '../records/QueryState';
import {
  currenciesWithoutRate,
  prepareRates,
  type RatesFormValues,
  rateRow,
  ratesFormValues,
} from './rates-form-values';

export const ratesKey = ['settings', 'forecast-rates'] as const;

const byPath = (path: readonly PropertyKey[]) => path.map(String).join('.');

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
      <ActionIcon
        variant="subtle"
        color="gray"
        size="lg"
        mt={2}
        aria-label={`Remove ${name}`}
        onClick={() => form.removeListItem('rates', index)}
      >
        <IconTrash size={16} aria-hidden />
      </ActionIcon>
    </Group>
  );
};

const RatesForm = ({ settings }: { settings: ForecastSettings }) => {
  const client = useQueryClient();
  const form = useForm<RatesFormValues>({
    initialValues: ratesFormValues(settings),
    validate: (values): FormErrors => {
      const parsed = saveRatesInput.safeParse(prepareRates(values));
      return parsed.success ? {} : issuesToErrors(parsed.error.issues, byPath);
    },
  });
  const save = useMutation({
    mutationFn: (values: RatesFormValues) => invoke('forecast.saveRates', prepareRates(values)),
    onSuccess: (saved) => {
      client.setQueryData(ratesKey, saved);
      const values = ratesFormValues(saved);
      form.setInitialValues(values);
      form.setValues(values);
      invalidateKinds(client, ['settings']);
      notifications.show({ color: 'teal', message: 'Exchange rates saved' });
    },
    onError: (error) => {
      if (error instanceof RpcFailure) form.setErrors(serverErrors(error.fields, byPath));
    },
  });
  const missing = currenciesWithoutRate(form.values, settings.currenciesInUse);

  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
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
        {save.error && !(save.error instanceof RpcFailure && save.error.error.code === 'invalid_input') && (
          <Alert color="red" variant="light" title="Rates not saved">
            {errorMessage(save.error)}
          </Alert>
        )}
        <Group gap="xs">
          <Button type="submit" loading={save.isPending}>
            Save rates
          </Button>
          <Button variant="default" disabled={!form.isDirty()} onClick={() => form.reset()}>
            Discard changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
};

/** The base currency, commit threshold and exchange rates the forecast converts with. */
export const ExchangeRatesPanel = () => {
  const { data, error } = useQuery({ queryKey: ratesKey, queryFn: () => invoke('forecast.rates', {}) });
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="exchange-rates-title">
      <Title id="exchange-rates-title" order={2} fz="sm" fw={600} mb="md">
        Exchange rates
      </Title>
      {data && <RatesForm settings={data} />}
      {!data && error && (
        <Alert color="red" variant="light" title="Could not load the rates">
          {errorMessage(error)}
        </Alert>
      )}
      {!data && !error && <PageLoader label="Loading exchange rates" />}
    </Card>
  );
};
