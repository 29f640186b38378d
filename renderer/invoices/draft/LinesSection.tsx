import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import type { CatalogItem } from '../../../shared/catalog';
import type { TaxRateRecord } from '../../../shared/tax-rates';
import { CatalogItemSelect } from '../../catalog/CatalogItemSelect';
import { blankLine, catalogLine, type DraftValues } from './draft-values';
import { LineEditor } from './LineEditor';
import type { DraftTotals } from './use-draft-totals';

interface LinesSectionProps {
  form: UseFormReturnType<DraftValues>;
  rates: TaxRateRecord[];
  totals: DraftTotals;
}

/** The picker's rates: the workspace's active ones, plus any archived one a line still uses. */
const taxOptions = (rates: TaxRateRecord[], used: Set<string>) =>
  rates
    .filter((rate) => !rate.archived || used.has(String(rate.id)))
    .map((rate) => ({
      value: String(rate.id),
      label: rate.archived ? `${rate.name} (archived)` : rate.name,
    }));

export const LinesSection = ({ form, rates, totals }: LinesSectionProps) => {
  const { lines, currency, priceMode } = form.values;
  const defaultRateId = (rates.find((rate) => rate.isDefault) ?? rates.find((rate) => !rate.archived))?.id;
  const options = taxOptions(rates, new Set(lines.map((line) => line.taxRateId)));
  const addFromCatalog = (item: CatalogItem | null) => {
    if (item) form.insertListItem('lines', catalogLine(item, defaultRateId));
  };

  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} fz="sm" fw={600} mb={2}>
        Lines
      </Title>
      <Text size="xs" c="dimmed" mb="md">
        {priceMode === 'gross' ? 'Prices include tax.' : 'Prices are before tax.'} A negative quantity takes
        something back.
      </Text>
      <Stack gap="sm">
        {lines.map((line, index) => (
          <LineEditor
            key={line.key}
            index={index}
            count={lines.length}
            line={line}
            currency={currency}
            priceMode={priceMode}
            taxOptions={options}
            amount={totals.lineAmounts[index] ?? null}
            inputProps={(field) => form.getInputProps(`lines.${index}.${field}`)}
            onMove={(to) => form.reorderListItem('lines', { from: index, to })}
            onRemove={() => form.removeListItem('lines', index)}
          />
        ))}
        {lines.length === 0 && (
          <Text size="sm" c="dimmed" ta="center" py="md">
            No lines yet. Add a service from your catalog, or a blank line to describe the work.
          </Text>
        )}
        <Group gap="sm" align="flex-end">
          <CatalogItemSelect
            label="Catalog item"
            placeholder="Search your services…"
            value={null}
            currency={currency}
            onPick={addFromCatalog}
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
    </Card>
  );
};
