import { Input, SegmentedControl, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { CurrencySelect } from '../deals/CurrencySelect';
import { FormSection } from '../forms/FormSection';
import type { DraftValues } from '../invoices/draft/draft-values';

/** When the estimate is dated, how long it stands, and in which currency and price mode it is written. */
export const EstimateDatesSection = ({ form }: { form: UseFormReturnType<DraftValues> }) => (
  <FormSection title="Dates and currency" hint="After the validity date the client can no longer accept it.">
    <TextInput {...form.getInputProps('issueDate')} type="date" label="Estimate date" withAsterisk />
    <TextInput {...form.getInputProps('validUntil')} type="date" label="Valid until" withAsterisk />
    <CurrencySelect {...form.getInputProps('currency')} />
    <Input.Wrapper label="Prices are" id="price-mode">
      <SegmentedControl
        {...form.getInputProps('priceMode')}
        aria-labelledby="price-mode-label"
        fullWidth
        data={[
          { value: 'net', label: 'Before tax' },
          { value: 'gross', label: 'Including tax' },
        ]}
      />
    </Input.Wrapper>
  </FormSection>
);
