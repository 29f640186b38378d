import { Button, Group, Input, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { invoiceTotals } from '../../shared/invoice-totals';
import type { InvoiceDefaults } from '../../shared/profile';
import type { TaxRateRecord } from '../../shared/tax-rates';
import { CatalogItemSelect } from '../catalog/CatalogItemSelect';
import { blankLine, catalogLine, lineInput } from '../invoices/draft/draft-values';
import { LineEditor } from '../invoices/draft/LineEditor';
import type { ScheduleFormValues } from './schedule-form-values';

interface ScheduleLinesProps {
  form: UseFormReturnType<ScheduleFormValues>;
  rates: TaxRateRecord[];
  defaults: Pick<InvoiceDefaults, 'priceMode' | 'rounding'>;
}

/** Each line's amount with the one shared calculation, or null while the line does not read as numbers. */
const useLineAmounts = (
  values: ScheduleFormValues,
  rates: TaxRateRecord[],
  defaults: ScheduleLinesProps['defaults'],
) =>
  useMemo(
    () =>
      values.lines.map((line) => {
        const input = lineInput(line, values.currency);
        if (!Number.isSafeInteger(input.unitPriceMinor) || !/^-?\d{1,9}(\.\d{1,4})?$/.test(input.quantity))
          return null;
        try {
          const totals = invoiceTotals(
            {
              currency: values.currency,
              ...defaults,
              discountPercent: null,
              discountMinor: null,
              lines: [
                {
                  ...input,
                  discountPercent: input.discountPercent ?? null,
                  discountMinor: input.discountMinor ?? null,
                },
              ],
            },
            rates,
          );
          const [amount] = totals.lines;
          return amount ? (amount.grossMinor ?? amount.netMinor) : null;
        } catch {
          return null;
        }
      }),
    [values.lines, values.currency, rates, defaults],
  );

/** The lines every invoice of the schedule carries, edited with the invoice editor's own line rows. */
export const ScheduleLines = ({ form, rates, defaults }: ScheduleLinesProps) => {
  const { lines, currency } = form.values;
  const amounts = useLineAmounts(form.values, rates, defaults);
  const defaultRateId = (rates.find((rate) => rate.isDefault) ?? rates.find((rate) => !rate.archived))?.id;
  const taxOptions = rates
    .filter((rate) => !rate.archived)
    .map((rate) => ({ value: String(rate.id), label: rate.name }));
  return (
    <Input.Wrapper label="Lines" error={form.errors.lines}>
      <Stack gap="sm" mt={4}>
        {lines.map((line, index) => (
          <LineEditor
            key={line.key}
            index={index}
            count={lines.length}
            line={line}
            currency={currency}
            priceMode={defaults.priceMode}
            taxOptions={taxOptions}
            amount={amounts[index] ?? null}
            inputProps={(field) => form.getInputProps(`lines.${index}.${field}`)}
            onMove={(to) => form.reorderListItem('lines', { from: index, to })}
            onRemove={() => form.removeListItem('lines', index)}
          />
        ))}
        {lines.length === 0 && (
          <Text size="sm" c="dimmed" ta="center" py="xs">
            No lines yet. Add a service from your catalog, or a blank line.
          </Text>
        )}
        <Group gap="sm" align="flex-end">
          <CatalogItemSelect
            label="Catalog item"
            placeholder="Search your services…"
            value={null}
            currency={currency}
            onPick={(item) => item && form.insertListItem('lines', catalogLine(item, defaultRateId))}
          />
          <Button
            variant="default"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => form.insertListItem('lines', blankLine(defaultRateId))}
          >
            Add blank line
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
};
