import { Button, Card, Grid, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconChartBar } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { BaseFigures, Forecast } from '../../shared/forecast';
import { formatMoney } from '../../shared/money';
import { formatCount } from '../lib/format';
import { invoke } from '../lib/rpc';
import { EmptyList } from '../records/EmptyList';
import { Loaded } from '../records/QueryState';
import { Page } from '../shell/Page';
import { PageHeader } from '../shell/PageHeader';
import { ExchangeRatesPanel } from './ExchangeRatesPanel';
import { ChartLegend, ForecastChart } from './ForecastChart';
import { ForecastTable } from './ForecastTable';

const horizons = ['3', '6', '12', '24'];

const figures: { key: keyof BaseFigures; label: string; hint: (forecast: Forecast) => string }[] = [
  { key: 'weighted', label: 'Weighted', hint: () => 'Value × stage probability' },
  { key: 'commit', label: 'Commit', hint: (f) => `Stages at ${f.commitProbability}% or more` },
  { key: 'best', label: 'Best case', hint: () => 'Every open deal' },
];

const Totals = ({ forecast }: { forecast: Forecast }) => (
  <SimpleGrid cols={3} spacing="md">
    {figures.map(({ key, label, hint }) => (
      <Card key={key} withBorder radius="md" padding="md">
        <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>
          {label}
        </Text>
        <Text fz={22} fw={600} className="lb-numeric" mt={2}>
          {forecast.totals.converted
            ? formatMoney({ minor: forecast.totals.converted[key], currency: forecast.baseCurrency })
            : '—'}
        </Text>
        <Text size="xs" c="dimmed">
          {hint(forecast)}
        </Text>
      </Card>
    ))}
  </SimpleGrid>
);

const MissingRatesNote = ({ missing }: { missing: string[] }) =>
  missing.length === 0 ? null : (
    <Group gap={6} wrap="nowrap" mt={-8}>
      <IconAlertTriangle size={16} color="var(--mantine-color-orange-7)" aria-hidden />
      <Text size="sm" c="orange.9">
        {missing.join(', ')} {missing.length === 1 ? 'has' : 'have'} no exchange rate, so the totals above
        leave {missing.length === 1 ? 'its' : 'their'} deals out. Add {missing.length === 1 ? 'it' : 'them'}{' '}
        under Exchange rates.
      </Text>
    </Group>
  );

const ForecastBody = ({ forecast }: { forecast: Forecast }) => {
  if (forecast.totals.dealCount === 0) {
    return (
      <EmptyList
        icon={IconChartBar}
        title={`No open deals in ${forecast.pipeline.name} yet`}
        description="Deals you are working on appear here by the month you expect them to close, weighted by their stage."
        action={
          <Button component={Link} to="/deals" variant="default">
            Go to deals
          </Button>
        }
      />
    );
  }
  return (
    <Stack gap="lg">
      <Totals forecast={forecast} />
      <MissingRatesNote missing={forecast.totals.missingRates} />
      <Card
        withBorder
        radius="md"
        padding="lg"
        component="figure"
        m={0}
        aria-labelledby="forecast-chart-title"
      >
        <Group justify="space-between" mb="sm">
          <Title id="forecast-chart-title" order={2} fz="sm" fw={600}>
            By expected close month, in {forecast.baseCurrency}
          </Title>
          <ChartLegend />
        </Group>
        <ForecastChart forecast={forecast} />
      </Card>
      <Card withBorder radius="md" padding="lg" component="section" aria-label="Forecast by month">
        <ForecastTable forecast={forecast} />
      </Card>
    </Stack>
  );
};

/** Reports, for now the weighted pipeline forecast, with the exchange rates it converts with beside it. */
export const ForecastPage = () => {
  const [pipelineId, setPipelineId] = useState<number | undefined>();
  const [months, setMonths] = useState('12');
  const forecast = useQuery({
    queryKey: ['deals', 'forecast', pipelineId ?? 'default', months],
    queryFn: () => invoke('forecast.get', { pipelineId, months: Number(months) }),
    placeholderData: keepPreviousData,
  });
  const { data } = forecast;

  return (
    <Page maxWidth={1240}>
      <PageHeader title="Reports" description="How your pipeline is likely to turn into revenue." />
      <Group gap="md" mb="lg" align="flex-end" justify="space-between">
        <div>
          <Title order={2} fz="lg" fw={600}>
            Forecast
          </Title>
          <Text size="sm" c="dimmed">
            {data
              ? `${formatCount(data.totals.dealCount, 'open deal')} in ${data.pipeline.name}, by the month you expect to close them.`
              : 'Open deals by the month you expect to close them.'}
          </Text>
        </div>
        <Group gap="md" align="flex-end">
          <Select
            label="Pipeline"
            data={(data?.pipelines ?? []).map((p) => ({ value: String(p.id), label: p.name }))}
            value={data ? String(data.pipeline.id) : null}
            onChange={(value) => value && setPipelineId(Number(value))}
            allowDeselect={false}
            w={220}
          />
          <Select
            label="Months ahead"
            data={horizons.map((value) => ({ value, label: `${value} months` }))}
            value={months}
            onChange={(value) => value && setMonths(value)}
            allowDeselect={false}
            w={140}
          />
        </Group>
      </Group>
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Loaded
            query={forecast}
            failedTitle="Could not work out the forecast"
            loadingLabel="Loading forecast"
          >
            {(loaded) => <ForecastBody forecast={loaded} />}
          </Loaded>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <ExchangeRatesPanel />
        </Grid.Col>
      </Grid>
    </Page>
  );
};
