import { Box, Group, Text } from '@mantine/core';
import type { BaseFigures, Forecast } from '../../shared/forecast';
import { currencyExponent, formatMoney } from '../../shared/money';
import { bucketLabel, shortBucketLabel } from './forecast-labels';

const series = [
  { key: 'best', label: 'Best case', color: 'var(--mantine-color-lumen-2)' },
  { key: 'commit', label: 'Commit', color: 'var(--mantine-color-lumen-5)' },
  { key: 'weighted', label: 'Weighted', color: 'var(--mantine-color-lumen-8)' },
] as const satisfies { key: keyof BaseFigures; label: string; color: string }[];

const width = 720;
const height = 240;
const margin = { top: 12, right: 8, bottom: 28, left: 64 };
const plotWidth = width - margin.left - margin.right;
const plotHeight = height - margin.top - margin.bottom;

/** Gridlines at 1, 2 or 5 × 10^n whole units of the currency, about four of them. */
const ticksFor = (maxMinor: number, exponent: number) => {
  const maxMajor = maxMinor / 10 ** exponent;
  const rough = Math.max(maxMajor / 4, 1);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((m) => m * magnitude >= rough) ?? 10) * magnitude;
  const count = Math.max(1, Math.ceil(maxMajor / step));
  return Array.from({ length: count + 1 }, (_, i) => i * step);
};

/**
 * Axis labels round whole-unit gridlines ("€50K"), so a compact format is fine here; every amount a person
 * reads exactly (bar tooltips, the table) goes through formatMoney.
 */
const axisLabel = (major: number, currency: string) =>
  new Intl.NumberFormat('en', {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(major);

export const ChartLegend = () => (
  <Group gap="md" aria-hidden>
    {series.map((s) => (
      <Group key={s.key} gap={6}>
        <Box w={10} h={10} style={{ background: s.color, borderRadius: 2 }} />
        <Text size="xs" c="dimmed">
          {s.label}
        </Text>
      </Group>
    ))}
  </Group>
);

/**
 * Best case, commit and weighted per bucket in the base currency, drawn as grouped bars. The table beside
 * it is the text alternative: it holds every figure exactly.
 */
export const ForecastChart = ({ forecast }: { forecast: Forecast }) => {
  const { buckets, baseCurrency } = forecast;
  const exponent = currencyExponent(baseCurrency);
  const maxMinor = Math.max(0, ...buckets.map((b) => b.converted?.best ?? 0));
  const ticks = ticksFor(maxMinor, exponent);
  const top = (ticks.at(-1) ?? 1) * 10 ** exponent;
  const y = (minor: number) => margin.top + plotHeight - (minor / top) * plotHeight;
  const groupWidth = plotWidth / Math.max(buckets.length, 1);
  const barWidth = Math.max(2, Math.min(16, (groupWidth - 6) / 3));
  // A label needs about 40 units of width; skip some when the months get narrower than that.
  const labelEvery = Math.ceil(40 / groupWidth);

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-label={`Bar chart of best case, commit and weighted value by expected close month, in ${baseCurrency}. The table lists the exact figures.`}
      style={{ display: 'block', fontFamily: 'inherit' }}
    >
      {ticks.map((tick) => {
        const at = y(tick * 10 ** exponent);
        return (
          <g key={tick}>
            <line
              x1={margin.left}
              x2={width - margin.right}
              y1={at}
              y2={at}
              stroke="var(--mantine-color-gray-2)"
              strokeWidth={1}
            />
            <text
              x={margin.left - 8}
              y={at + 4}
              textAnchor="end"
              fontSize={11}
              fill="var(--mantine-color-gray-6)"
            >
              {axisLabel(tick, baseCurrency)}
            </text>
          </g>
        );
      })}
      {buckets.map((bucket, index) => {
        const left = margin.left + index * groupWidth + (groupWidth - barWidth * 3) / 2;
        const name = bucketLabel(bucket, forecast);
        return (
          <g key={`${bucket.kind}-${bucket.month}`}>
            {bucket.converted &&
              series.map((s, i) => {
                const value = bucket.converted?.[s.key] ?? 0;
                return (
                  <rect
                    key={s.key}
                    x={left + i * barWidth}
                    y={y(value)}
                    width={barWidth - 1}
                    height={Math.max(0, y(0) - y(value))}
                    fill={s.color}
                    rx={1.5}
                  >
                    <title>{`${name} · ${s.label}: ${formatMoney({ minor: value, currency: baseCurrency })}`}</title>
                  </rect>
                );
              })}
            {index % labelEvery === 0 && (
              <text
                x={margin.left + index * groupWidth + groupWidth / 2}
                y={height - 8}
                textAnchor="middle"
                fontSize={11}
                fill={bucket.overdue ? 'var(--mantine-color-red-7)' : 'var(--mantine-color-gray-7)'}
              >
                {shortBucketLabel(bucket, forecast.currentMonth)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
};
