import { Box, Group, Text } from '@mantine/core';
import { formatMoney } from '../../shared/money';
import type { TotalsRow } from './totals-rows';

/** The summary rows, amounts aligned right; the total stands out, tax notes sit under their rate. */
export const TotalsTable = ({
  rows,
  currency,
  label,
}: {
  rows: TotalsRow[];
  currency: string;
  label: string;
}) => (
  <Box component="dl" aria-label={label} m={0} className="lb-numeric">
    {rows.map((row) => (
      <Box
        key={row.key}
        py={4}
        style={
          row.emphasis === 'strong'
            ? { borderTop: '1px solid var(--lb-border)', marginTop: 4, paddingTop: 8 }
            : undefined
        }
      >
        <Group justify="space-between" wrap="nowrap" gap="md">
          <Text
            component="dt"
            size="sm"
            c={row.emphasis === 'dimmed' ? 'dimmed' : undefined}
            fw={row.emphasis === 'strong' ? 700 : undefined}
          >
            {row.label}
          </Text>
          <Text
            component="dd"
            m={0}
            size={row.emphasis === 'strong' ? 'md' : 'sm'}
            fw={row.emphasis === 'strong' ? 700 : 500}
          >
            {formatMoney({ minor: row.minor, currency })}
          </Text>
        </Group>
        {row.note && (
          <Text size="xs" c="dimmed" mt={2} style={{ whiteSpace: 'pre-wrap' }}>
            {row.note}
          </Text>
        )}
      </Box>
    ))}
  </Box>
);
