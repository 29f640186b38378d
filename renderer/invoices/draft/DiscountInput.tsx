import { NativeSelect, TextInput, type TextInputProps } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';

interface DiscountInputProps extends Pick<TextInputProps, 'label' | 'aria-label' | 'size'> {
  amountProps: GetInputPropsReturnType;
  kindProps: GetInputPropsReturnType;
  /** The invoice's currency, offered beside % for a discount as an amount. */
  currency: string;
  /** The name of the % / currency switch, e.g. "Discount 2 as". */
  kindLabel: string;
}

/** A discount typed as a percentage or as an amount, chosen with the switch at its right. */
export const DiscountInput = ({
  amountProps,
  kindProps,
  currency,
  kindLabel,
  size,
  ...props
}: DiscountInputProps) => {
  const width = size === 'xs' ? 62 : 72;
  return (
    <TextInput
      {...amountProps}
      {...props}
      size={size}
      placeholder="None"
      inputMode="decimal"
      className="lb-numeric"
      rightSectionWidth={width}
      rightSection={
        <NativeSelect
          {...kindProps}
          aria-label={kindLabel}
          size={size}
          data={[
            { value: 'percent', label: '%' },
            { value: 'amount', label: currency },
          ]}
          rightSectionWidth={20}
          styles={{
            input: {
              width,
              paddingInline: 8,
              fontWeight: 500,
              borderTopLeftRadius: 0,
              borderBottomLeftRadius: 0,
              marginRight: -2,
            },
          }}
        />
      }
    />
  );
};
