import { ActionIcon, Box, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { IconPlus, IconX } from '@tabler/icons-react';
import { parseMajorUnits } from '../../shared/major-units';
import { formatMoney } from '../../shared/money';
import { lineTotalMinor } from './line-items';

export interface LineItemValues {
  /** Stable identity for React while rows are added and removed. */
  key: string;
  description: string;
  quantity: string;
  /** As typed, in major units. */
  unitPrice: string;
}

interface LineItemsEditorProps {
  items: LineItemValues[];
  currency: string;
  inputProps: (index: number, field: 'description' | 'quantity' | 'unitPrice') => GetInputPropsReturnType;
  onAdd: () => void;
  onRemove: (index: number) => void;
  /** Offered when the lines add up to something other than the deal's value. */
  onUseTotal: (totalMinor: number) => void;
  valueMinor: number | null;
}

const grid = { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 96px 132px 120px 28px', gap: 8 };

/** What a line comes to, or nothing while its quantity or price is still being typed. */
const lineTotal = (item: LineItemValues, currency: string) => {
  const price = parseMajorUnits(item.unitPrice, currency);
  return price.ok ? lineTotalMinor(item.quantity, price.minor) : null;
};

export const LineItemsEditor = (props: LineItemsEditorProps) => {
  const { items, currency, inputProps, onAdd, onRemove, onUseTotal, valueMinor } = props;
  const totals = items.map((item) => lineTotal(item, currency));
  const complete = totals.every((total) => total !== null);
  const sum = totals.reduce<number>((all, total) => all + (total ?? 0), 0);

  return (
    <Stack gap={8} style={{ gridColumn: '1 / -1' }}>
      {items.length > 0 && (
        <Box style={grid} aria-hidden>
          {['Description', 'Quantity', 'Unit price', 'Line total'].map((header) => (
            <Text
              key={header}
              size="xs"
              fw={600}
              c="dimmed"
              tt="uppercase"
              ta={header === 'Line total' ? 'right' : undefined}
            >
              {header}
            </Text>
          ))}
        </Box>
      )}
      {items.map((item, index) => {
        const total = totals[index];
        return (
          <Box key={item.key} style={{ ...grid, alignItems: 'start' }}>
            <TextInput {...inputProps(index, 'description')} aria-label={`Description ${index + 1}`} />
            <TextInput
              {...inputProps(index, 'quantity')}
              aria-label={`Quantity ${index + 1}`}
              inputMode="decimal"
              className="lb-numeric"
            />
            <TextInput
              {...inputProps(index, 'unitPrice')}
              aria-label={`Unit price ${index + 1}`}
              inputMode="decimal"
              rightSection={
                <Text size="xs" c="dimmed">
                  {currency}
                </Text>
              }
              rightSectionWidth={44}
            />
            <Text size="sm" ta="right" pt={6} className="lb-numeric" aria-label={`Line total ${index + 1}`}>
              {total === null || total === undefined ? '—' : formatMoney({ minor: total, currency })}
            </Text>
            <ActionIcon
              variant="subtle"
              color="gray"
              mt={4}
              aria-label={`Remove line item ${index + 1}`}
              onClick={() => onRemove(index)}
            >
              <IconX size={14} aria-hidden />
            </ActionIcon>
          </Box>
        );
      })}
      <Group justify="space-between">
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
