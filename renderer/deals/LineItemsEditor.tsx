import { Box, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { parseMajorUnits } from '../../shared/major-units';
import { formatMoney } from '../../shared/money';
import { CatalogItemSelect } from '../catalog/CatalogItemSelect';
import { RemoveRowButton } from '../forms/EditorButtons';
import { TaxRateSelect } from '../tax-rates/TaxRateSelect';
import { type LineItemValues, lineTotalMinor, pickedFromCatalog } from './line-items';

type TypedField = 'description' | 'quantity' | 'unit' | 'unitPrice' | 'taxRateId';

interface LineItemsEditorProps {
  items: LineItemValues[];
  currency: string;
  inputProps: (index: number, field: TypedField) => GetInputPropsReturnType;
  /** Replaces a whole line, as picking from the catalog fills several fields at once. */
  setLine: (index: number, line: LineItemValues) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
  /** Offered when the lines add up to something other than the deal's value. */
  onUseTotal: (totalMinor: number) => void;
  valueMinor: number | null;
}

const pickRow = { display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr) 36px', gap: 8 };
const amountRow = {
  display: 'grid',
  gridTemplateColumns: '88px 104px 136px minmax(0, 1fr) 120px 36px',
  gap: 8,
};

/** What a line comes to, or nothing while its quantity or price is still being typed. */
const lineTotal = (item: LineItemValues, currency: string) => {
  const price = parseMajorUnits(item.unitPrice, currency);
  return price.ok ? lineTotalMinor(item.quantity, price.minor) : null;
};

const LineTotal = ({
  total,
  currency,
  number,
}: {
  total: number | null;
  currency: string;
  number: number;
}) => (
  <Stack gap={4}>
    <Text size="sm" fw={500} ta="right" aria-hidden>
      Line total
    </Text>
    <Text size="sm" ta="right" py={7} className="lb-numeric" aria-label={`Line total ${number}`}>
      {total === null ? '—' : formatMoney({ minor: total, currency })}
    </Text>
  </Stack>
);

/**
 * A deal's lines, each picked from the catalog or typed by hand: picking copies the item's name, unit, price
 * and tax rate into the line, where they stay editable for this deal.
 */
export const LineItemsEditor = (props: LineItemsEditorProps) => {
  const { items, currency, inputProps, setLine, onAdd, onRemove, onUseTotal, valueMinor } = props;
  const totals = items.map((item) => lineTotal(item, currency));
  const complete = totals.every((total) => total !== null);
  const sum = totals.reduce<number>((all, total) => all + (total ?? 0), 0);

  return (
    <Stack gap={0} style={{ gridColumn: '1 / -1' }}>
      {items.map((item, index) => {
        const number = index + 1;
        return (
          <Stack
            key={item.key}
            gap={8}
            py="sm"
            role="group"
            aria-label={`Line item ${number}`}
            style={{ borderTop: index > 0 ? '1px solid var(--lb-border)' : undefined }}
          >
            <Box style={pickRow}>
              <CatalogItemSelect
                label="Catalog item"
                aria-label={`Catalog item ${number}`}
                placeholder="Search the catalog…"
                value={item.catalogItemId}
                currency={currency}
                onPick={(picked) =>
                  setLine(index, picked ? pickedFromCatalog(item, picked) : { ...item, catalogItemId: null })
                }
              />
              <TextInput
                {...inputProps(index, 'description')}
                label="Description"
                aria-label={`Description ${number}`}
              />
              {/* Level with the inputs, below their labels. */}
              <Box pt={22}>
                <RemoveRowButton label={`Remove line item ${number}`} onClick={() => onRemove(index)} />
              </Box>
            </Box>
            <Box style={amountRow}>
              <TextInput
                {...inputProps(index, 'quantity')}
                label="Quantity"
                aria-label={`Quantity ${number}`}
                inputMode="decimal"
                className="lb-numeric"
              />
              <TextInput
                {...inputProps(index, 'unit')}
                label="Unit"
                aria-label={`Unit ${number}`}
                placeholder="e.g. hour"
              />
              <TextInput
                {...inputProps(index, 'unitPrice')}
                label="Unit price"
                aria-label={`Unit price ${number}`}
                inputMode="decimal"
                className="lb-numeric"
                rightSection={
                  <Text size="xs" c="dimmed">
                    {currency}
                  </Text>
                }
                rightSectionWidth={44}
              />
              <TaxRateSelect
                {...inputProps(index, 'taxRateId')}
                value={item.taxRateId}
                label="Tax rate"
                aria-label={`Tax rate ${number}`}
              />
              <LineTotal total={totals[index] ?? null} currency={currency} number={number} />
            </Box>
          </Stack>
        );
      })}
      <Group
        justify="space-between"
        pt={items.length > 0 ? 'sm' : 0}
        style={{ borderTop: items.length > 0 ? '1px solid var(--lb-border)' : undefined }}
      >
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={onAdd}
        >
          Add line item
        </Button>
        {items.length > 0 && complete && (
          <Group gap="sm">
            <Text size="sm" className="lb-numeric">
              Lines total <b>{formatMoney({ minor: sum, currency })}</b>
            </Text>
            {sum !== valueMinor && (
              <Button variant="light" size="compact-sm" onClick={() => onUseTotal(sum)}>
                Use as deal value
              </Button>
            )}
          </Group>
        )}
      </Group>
    </Stack>
  );
};
