import {
  Button,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { RemoveRowButton } from '../forms/EditorButtons';
import { useTaxRates } from '../tax-rates/tax-rate-queries';
import { fixedFeeValues, type ReminderFormValues } from './reminder-form-values';

const modeOptions = [
  { value: 'next_invoice', label: 'On the customer’s next invoice' },
  { value: 'own_invoice', label: 'On an invoice of its own (a draft)' },
];

const amountOptions = [
  { value: 'percent', label: 'A percentage of the overdue balance' },
  { value: 'fixed', label: 'A fixed amount per currency' },
];

/** Whether overdue invoices cost a fee, how much, after how long, and where it is billed. */
export const LateFeeSection = ({ form }: { form: UseFormReturnType<ReminderFormValues> }) => {
  const rates = useTaxRates('active');
  const { enabled, amountKind, fixed } = form.values;
  return (
    <Stack gap="sm">
      <Switch {...form.getInputProps('enabled', { type: 'checkbox' })} label="Charge a late fee" />
      {enabled && (
        <>
          <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
            <NativeSelect {...form.getInputProps('mode')} label="Bill the fee" data={modeOptions} />
            <NumberInput
              {...form.getInputProps('afterDays')}
              label="Once an invoice is overdue by"
              suffix=" days"
              min={1}
              max={365}
              allowDecimal={false}
              allowNegative={false}
            />
            <NativeSelect {...form.getInputProps('amountKind')} label="Fee" data={amountOptions} />
            {amountKind === 'percent' && (
              <TextInput {...form.getInputProps('percent')} label="Percent of the balance" rightSection="%" />
            )}
            <NativeSelect
              {...form.getInputProps('taxRateId')}
              label="Tax on the fee"
              data={[
                { value: '', label: 'Exempt (the workspace’s exempt rate)' },
                ...(rates.data ?? []).map((rate) => ({ value: String(rate.id), label: rate.name })),
              ]}
            />
            <TextInput
              {...form.getInputProps('description')}
              label="Line description"
              description="Followed by the invoice number: “Late fee for INV-2026-0001”"
            />
          </SimpleGrid>
          {amountKind === 'fixed' && (
            <Stack gap="xs">
              {fixed.map((row, index) => (
                <Group key={row.key} gap="sm" align="flex-start">
                  <TextInput
                    {...form.getInputProps(`fixed.${index}.currency`)}
                    aria-label={`Currency ${index + 1}`}
                    placeholder="EUR"
                    w={90}
                  />
                  <TextInput
                    {...form.getInputProps(`fixed.${index}.amount`)}
                    aria-label={`Fee in ${row.currency || `currency ${index + 1}`}`}
                    placeholder="40.00"
                    w={140}
                  />
                  <RemoveRowButton
                    label={`Remove the fee in ${row.currency || `currency ${index + 1}`}`}
                    onClick={() => form.removeListItem('fixed', index)}
                  />
                </Group>
              ))}
              {typeof form.errors.fixed === 'string' && (
                <Text size="sm" c="red" role="alert">
                  {form.errors.fixed}
                </Text>
              )}
              <Group>
                <Button
                  variant="default"
                  size="xs"
                  onClick={() => form.insertListItem('fixed', fixedFeeValues('', ''))}
                >
                  Add currency
                </Button>
              </Group>
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
};
