import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CurrencyFigures, Forecast, ForecastBucket, ForecastFigures } from '../../shared/forecast';
import { formatMoney } from '../../shared/money';
import { formatNumber } from '../lib/format';
import { bucketLabel } from './forecast-labels';

const columns = ['best', 'commit', 'weighted'] as const;

const Amount = ({ minor, currency, strong }: { minor: number; currency: string; strong?: boolean }) => (
  <Text span size="sm" fw={strong ? 600 : undefined} className="lb-numeric">
    {formatMoney({ minor, currency })}
  </Text>
);

const Dash = () => (
  <Text span size="sm" c="gray.5">
    —
  </Text>
);

/** One currency's figures under a bucket's converted row. */
const CurrencyRow = ({ figures, missingRate }: { figures: CurrencyFigures; missingRate: boolean }) => (
  <Table.Tr>
    <Table.Td pl="xl">
      <Group gap={6}>
        <Text size="xs" c="dimmed">
          in {figures.currency}
        </Text>
        {missingRate && (
          <Badge size="xs" color="orange" variant="light">
            Missing rate
          </Badge>
        )}
      </Group>
    </Table.Td>
    <Table.Td ta="right" c="dimmed" fz="xs" className="lb-numeric">
      {formatNumber(figures.dealCount)}
    </Table.Td>
    {columns.map((column) => (
      <Table.Td key={column} ta="right" c="dimmed">
        <Text span size="xs" className="lb-numeric">
          {formatMoney({ minor: figures[column], currency: figures.currency })}
        </Text>
      </Table.Td>
    ))}
  </Table.Tr>
);

interface FigureRowsProps {
  label: ReactNode;
  figures: ForecastFigures;
  baseCurrency: string;
  strong?: boolean;
}

/** A bucket (or the totals) in the base currency, then each currency it holds unless that is only the base. */
const FigureRows = ({ label, figures, baseCurrency, strong }: FigureRowsProps) => {
  const onlyBase = figures.perCurrency.every((c) => c.currency === baseCurrency);
  const empty = figures.dealCount === 0;
  return (
    <>
      <Table.Tr>
        <Table.Th scope="row" fw={strong ? 600 : 500}>
          {label}
          {figures.converted && figures.missingRates.length > 0 && (
            <Text size="xs" c="orange.8" fw={400}>
              Excludes {figures.missingRates.join(', ')} (no exchange rate)
            </Text>
          )}
        </Table.Th>
        <Table.Td ta="right" className="lb-numeric" fw={strong ? 600 : undefined}>
          {empty ? <Dash /> : formatNumber(figures.dealCount)}
        </Table.Td>
        {columns.map((column) => (
          <Table.Td key={column} ta="right">
            {empty ? (
              <Dash />
            ) : figures.converted ? (
              <Amount minor={figures.converted[column]} currency={baseCurrency} strong={strong} />
            ) : (
              <Text span size="xs" c="orange.8">
                No rate
              </Text>
            )}
          </Table.Td>
        ))}
      </Table.Tr>
      {!onlyBase &&
        figures.perCurrency.map((currency) => (
          <CurrencyRow
            key={currency.currency}
            figures={currency}
            missingRate={figures.missingRates.includes(currency.currency)}
          />
        ))}
    </>
  );
};

const BucketName = ({ bucket, forecast }: { bucket: ForecastBucket; forecast: Forecast }) => (
  <Group gap={6} wrap="nowrap">
    <span>{bucketLabel(bucket, forecast)}</span>
    {bucket.overdue && (
      <Badge size="xs" color="red" variant="light">
        Overdue
      </Badge>
    )}
    {!bucket.overdue && bucket.overdueDealCount > 0 && (
      <Badge size="xs" color="red" variant="light">
        {bucket.overdueDealCount} overdue
      </Badge>
    )}
  </Group>
);

/** Open deals by expected close month: every figure in the base currency, with each currency beneath. */
export const ForecastTable = ({ forecast }: { forecast: Forecast }) => (
  <Stack gap={6}>
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing={6} highlightOnHover={false} withRowBorders>
        <Table.Caption ta="left" fz="xs" c="dimmed">
          Best case counts every open deal; commit, deals in stages at {forecast.commitProbability}% or more;
          weighted, each deal’s value times its stage’s probability. Amounts are in {forecast.baseCurrency} at
          your exchange rates, each rounded once from its exact sum.
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Close month</Table.Th>
            <Table.Th ta="right">Deals</Table.Th>
            <Table.Th ta="right">Best case</Table.Th>
            <Table.Th ta="right">Commit</Table.Th>
            <Table.Th ta="right">Weighted</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {forecast.buckets.map((bucket) => (
            <FigureRows
              key={`${bucket.kind}-${bucket.month}`}
              label={<BucketName bucket={bucket} forecast={forecast} />}
              figures={bucket}
              baseCurrency={forecast.baseCurrency}
            />
          ))}
        </Table.Tbody>
        <Table.Tfoot style={{ borderTop: '2px solid var(--mantine-color-gray-3)' }}>
          <FigureRows label="Total" figures={forecast.totals} baseCurrency={forecast.baseCurrency} strong />
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  </Stack>
);
