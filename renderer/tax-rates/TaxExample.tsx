import { Text } from '@mantine/core';
import { invoiceTotals } from '../../shared/invoice-totals';
import { formatMoney } from '../../shared/money';
import { taxRateCreateInput } from '../../shared/tax-rates';
import { prepareTaxRate, type TaxRateFormValues } from './tax-rate-form-values';

const exampleMinor = 10_000;

/** What the rate charges on 100.00, worked out by the invoice calculation itself, so stacked and compound differ visibly. */
export const TaxExample = ({ values }: { values: TaxRateFormValues }) => {
  const parsed = taxRateCreateInput.safeParse(prepareTaxRate(values));
  if (!parsed.success) return null;
  if (parsed.data.kind !== 'standard')
    return (
      <Text size="sm" c="dimmed">
        No tax is charged on lines with this rate; the legal note is printed on the invoice instead.
      </Text>
    );
  const rate = { id: 1, ...parsed.data };
  const totals = invoiceTotals(
    {
      currency: 'EUR',
      rounding: 'half-up',
      priceMode: 'net',
      discountPercent: null,
      discountMinor: null,
      lines: [
        {
          quantity: '1',
          unitPriceMinor: exampleMinor,
          discountPercent: null,
          discountMinor: null,
          taxRateId: 1,
        },
      ],
    },
    [rate],
  );
  const money = (minor: number) => formatMoney({ minor, currency: 'EUR' });
  const parts =
    totals.taxGroups.length > 1
      ? ` (${totals.taxGroups.map((group) => `${group.name}: ${money(group.taxMinor)}`).join(', ')})`
      : '';
  return (
    <Text size="sm" c="dimmed" className="lb-numeric" aria-live="polite">
      On {money(exampleMinor)} net, this rate adds {money(totals.taxMinor)}
      {parts}: {money(totals.totalMinor)} in total.
    </Text>
  );
};
