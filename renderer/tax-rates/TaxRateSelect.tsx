import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { defaultRateLabel, useTaxRates } from './tax-rate-queries';

interface TaxRateSelectProps extends Omit<NativeSelectProps, 'data' | 'value'> {
  /** The chosen rate's id as text; '' follows the workspace default. */
  value: string;
}

/** Picks a named rate, or the workspace default; a rate archived since it was chosen stays on offer. */
export const TaxRateSelect = ({ value, ...props }: TaxRateSelectProps) => {
  const rates = useTaxRates('all');
  const offered = (rates.data ?? []).filter((rate) => !rate.archived || String(rate.id) === value);
  return (
    <NativeSelect
      {...props}
      value={value}
      data={[
        { value: '', label: defaultRateLabel(rates.data) },
        ...offered.map((rate) => ({
          value: String(rate.id),
          label: rate.archived ? `${rate.name} (archived)` : rate.name,
        })),
      ]}
    />
  );
};
