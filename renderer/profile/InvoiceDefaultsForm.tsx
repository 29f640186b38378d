import { Card, NativeSelect, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { dueDateFor, localIsoDate } from '../../shared/invoice-dates';
import { type InvoiceDefaults, invoiceDefaultsInput } from '../../shared/profile';
import { invalidateKinds } from '../app/query-client';
import { SaveOrDiscard } from '../forms/EditorButtons';
import { useSettingsForm } from '../forms/use-settings-form';
import { formatCalendarDate } from '../lib/format';
import { invoke } from '../lib/rpc';

type DefaultsValues = Pick<InvoiceDefaults, keyof InvoiceDefaults>;

const termOptions = [
  { value: 'net', label: 'Net: a number of days after the issue date' },
  { value: 'end_of_month', label: 'End of the month of issue' },
  { value: 'on_receipt', label: 'Due on receipt' },
];

const roundingOptions = [
  { value: 'half-up', label: 'Half up (0.125 → 0.13)' },
  { value: 'half-even', label: 'Half to even, banker’s rounding (0.125 → 0.12)' },
];

const priceModeOptions = [
  { value: 'net', label: 'Net: tax is added on top' },
  { value: 'gross', label: 'Tax-inclusive: tax is part of the price' },
];

const dueExample = ({ paymentTerms, termsDays }: DefaultsValues) => {
  const today = localIsoDate(new Date());
  const days = typeof termsDays === 'number' ? termsDays : 0;
  return `An invoice issued today would be due on ${formatCalendarDate(dueDateFor(today, paymentTerms, days))}.`;
};

/** What every new invoice starts with; each invoice can still change them while it is a draft. */
export const InvoiceDefaultsForm = ({ defaults }: { defaults: InvoiceDefaults }) => {
  const client = useQueryClient();
  const { form, onSubmit, saving, failure } = useSettingsForm({
    initialValues: defaults as DefaultsValues,
    prepare: (values: DefaultsValues) => values,
    schema: invoiceDefaultsInput,
    save: (input) => invoke('profile.updateInvoiceDefaults', input),
    onSaved: (saved) => {
      invalidateKinds(client, ['settings']);
      notifications.show({ color: 'teal', message: 'Invoice defaults saved' });
      return saved;
    },
  });
  const net = form.values.paymentTerms === 'net';

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="invoice-defaults-title">
      <Title id="invoice-defaults-title" order={2} fz="sm" fw={600}>
        Invoice defaults
      </Title>
      <Text size="sm" c="dimmed" mt={4}>
        What a new invoice starts with; a draft can still change them.
      </Text>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md" mt="md">
          <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
            <NativeSelect {...form.getInputProps('paymentTerms')} label="Payment terms" data={termOptions} />
            <NumberInput
              {...form.getInputProps('termsDays')}
              label="Days until due"
              disabled={!net}
              min={0}
              max={365}
              allowDecimal={false}
              allowNegative={false}
              suffix=" days"
            />
            <Text size="xs" c="dimmed" style={{ gridColumn: '1 / -1' }} mt={-4}>
              {dueExample(form.values)}
            </Text>
            <NativeSelect
              {...form.getInputProps('priceMode')}
              label="Prices are entered"
              data={priceModeOptions}
            />
            <NativeSelect
              {...form.getInputProps('rounding')}
              label="Rounding"
              description="Applied to each tax amount and total"
              data={roundingOptions}
            />
          </SimpleGrid>
          <SaveOrDiscard
            failure={failure}
            failureTitle="Invoice defaults not saved"
            label="Save defaults"
            saving={saving}
            dirty={form.isDirty()}
            onDiscard={() => form.reset()}
          />
        </Stack>
      </form>
    </Card>
  );
};
