import { Input, NativeSelect, NumberInput, SegmentedControl, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { CurrencySelect } from '../../deals/CurrencySelect';
import { FormSection } from '../../forms/FormSection';
import { formatCalendarDate } from '../../lib/format';
import { paymentTermsLabels } from '../invoice-labels';
import { type DraftValues, draftDueDate } from './draft-values';

/** When it is issued, when it is due, and in which currency and price mode it is written. */
export const TermsSection = ({ form }: { form: UseFormReturnType<DraftValues> }) => {
  const { paymentTerms } = form.values;
  const dueDate = draftDueDate(form.values);
  const due = dueDate ? `Due ${formatCalendarDate(dueDate)}` : undefined;
  return (
    <FormSection title="Dates and terms">
      <TextInput {...form.getInputProps('issueDate')} type="date" label="Issue date" withAsterisk />
      <TextInput
        {...form.getInputProps('supplyDate')}
        type="date"
        label="Date of supply"
        description="Leave empty when it is the issue date"
      />
      <NativeSelect
        {...form.getInputProps('paymentTerms')}
        label="Payment terms"
        description={paymentTerms === 'net' ? undefined : due}
        data={Object.entries(paymentTermsLabels).map(([value, label]) => ({ value, label }))}
      />
      {paymentTerms === 'net' ? (
        <NumberInput
          {...form.getInputProps('termsDays')}
          label="Days to pay"
          description={due}
          min={0}
          max={365}
          allowDecimal={false}
          allowNegative={false}
        />
      ) : (
        <div />
      )}
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
};
