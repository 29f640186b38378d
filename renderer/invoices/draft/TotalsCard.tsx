import { Alert, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { formatCount } from '../../lib/format';
import { TotalsTable } from '../TotalsTable';
import { totalsRows } from '../totals-rows';
import { DiscountInput } from './DiscountInput';
import type { DraftValues } from './draft-values';
import type { DraftTotals } from './use-draft-totals';

/** The invoice-level discount and the live totals, worked out locally as the lines are typed. */
export const TotalsCard = ({
  form,
  totals,
  noun = 'Invoice',
}: {
  form: UseFormReturnType<DraftValues>;
  totals: DraftTotals;
  /** The document the discount and totals belong to: "Invoice", "Estimate". */
  noun?: string;
}) => {
  const { currency } = form.values;
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} fz="sm" fw={600} mb="md">
        Totals
      </Title>
      <SimpleGrid cols={2} spacing="md" mb="md">
        <DiscountInput
          amountProps={form.getInputProps('discount')}
          kindProps={form.getInputProps('discountKind')}
          currency={currency}
          label={`${noun} discount`}
          kindLabel={`${noun} discount as`}
        />
      </SimpleGrid>
      <Stack gap="xs">
        {totals.totals ? (
          <TotalsTable rows={totalsRows(totals.totals)} currency={currency} label={`${noun} totals`} />
        ) : (
          <Alert color="yellow" variant="light">
            {totals.problem}
          </Alert>
        )}
        {totals.uncounted > 0 && totals.totals && (
          <Text size="xs" c="dimmed">
            {formatCount(totals.uncounted, 'line')} not counted yet: finish the quantity, price and tax rate.
          </Text>
        )}
      </Stack>
    </Card>
  );
};
