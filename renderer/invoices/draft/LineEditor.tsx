import { ActionIcon, Box, Group, NativeSelect, Paper, Text, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { type Icon, IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { formatMoney } from '../../../shared/money';
import { DiscountInput } from './DiscountInput';
import type { LineValues } from './draft-values';

type LineField = Exclude<keyof LineValues, 'key' | 'catalogItemId'>;

interface LineEditorProps {
  index: number;
  count: number;
  line: LineValues;
  currency: string;
  priceMode: 'net' | 'gross';
  taxOptions: { value: string; label: string }[];
  /** The line's amount from the live totals, or null while it does not add up yet. */
  amount: number | null;
  inputProps: (field: LineField) => GetInputPropsReturnType;
  onMove: (to: number) => void;
  onRemove: () => void;
}

const numbers = {
  display: 'grid',
  gridTemplateColumns: '76px 88px minmax(0, 1.2fr) minmax(0, 1.2fr) minmax(0, 1.3fr)',
  gap: 8,
};

interface MoveButtonProps {
  label: string;
  icon: Icon;
  /** Where the line goes; null at the top or bottom, where the button keeps its place but is hidden. */
  to: number | null;
  onMove: (to: number) => void;
}

const MoveButton = ({ label, icon: Glyph, to, onMove }: MoveButtonProps) => (
  <ActionIcon
    variant="subtle"
    color="gray"
    aria-label={label}
    disabled={to === null}
    style={to === null ? { visibility: 'hidden' } : undefined}
    onClick={() => to !== null && onMove(to)}
  >
    <Glyph size={15} aria-hidden />
  </ActionIcon>
);

/** One invoice line: what it is on the first row, how it is priced and taxed on the second. */
export const LineEditor = (props: LineEditorProps) => {
  const { index, count, line, currency, priceMode, taxOptions, amount, inputProps, onMove, onRemove } = props;
  const n = index + 1;
  return (
    <Paper withBorder radius="md" p="sm" role="group" aria-label={`Line ${n}`}>
      <Group gap={8} align="flex-start" wrap="nowrap" mb={8}>
        <TextInput
          {...inputProps('description')}
          aria-label={`Description ${n}`}
          placeholder="What you did or delivered"
          flex={1}
        />
        <Text size="sm" fw={600} pt={7} miw={96} ta="right" className="lb-numeric" aria-label={`Amount ${n}`}>
          {amount === null ? '—' : formatMoney({ minor: amount, currency })}
        </Text>
        <Group gap={0} wrap="nowrap" pt={2}>
          <MoveButton
            label={`Move line ${n} up`}
            icon={IconArrowUp}
            to={index > 0 ? index - 1 : null}
            onMove={onMove}
          />
          <MoveButton
            label={`Move line ${n} down`}
            icon={IconArrowDown}
            to={index < count - 1 ? index + 1 : null}
            onMove={onMove}
          />
          <ActionIcon variant="subtle" color="gray" aria-label={`Remove line ${n}`} onClick={onRemove}>
            <IconTrash size={15} aria-hidden />
          </ActionIcon>
        </Group>
      </Group>
      <Box style={numbers}>
        <TextInput
          {...inputProps('quantity')}
          label="Quantity"
          aria-label={`Quantity ${n}`}
          inputMode="decimal"
          className="lb-numeric"
          size="xs"
        />
        <TextInput
          {...inputProps('unit')}
          label="Unit"
          aria-label={`Unit ${n}`}
          placeholder="hour, day…"
          size="xs"
        />
        <TextInput
          {...inputProps('unitPrice')}
          label={priceMode === 'gross' ? 'Unit price incl. tax' : 'Unit price'}
          aria-label={`Unit price ${n}`}
          inputMode="decimal"
          className="lb-numeric"
          size="xs"
          rightSection={
            <Text size="xs" c="dimmed">
              {currency}
            </Text>
          }
          rightSectionWidth={40}
        />
        <DiscountInput
          amountProps={inputProps('discount')}
          kindProps={inputProps('discountKind')}
          currency={currency}
          label="Discount"
          aria-label={`Discount ${n}`}
          kindLabel={`Discount ${n} as`}
          size="xs"
        />
        <NativeSelect
          {...inputProps('taxRateId')}
          label="Tax"
          aria-label={`Tax rate ${n}`}
          data={line.taxRateId === '' ? [{ value: '', label: 'Choose…' }, ...taxOptions] : taxOptions}
          size="xs"
        />
      </Box>
    </Paper>
  );
};
