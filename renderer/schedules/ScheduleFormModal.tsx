import {
  Alert,
  Button,
  Checkbox,
  Group,
  Input,
  Modal,
  NativeSelect,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import type { InvoiceDefaults } from '../../shared/profile';
import { nextPeriods } from '../../shared/schedule-periods';
import type { ScheduleRow } from '../../shared/schedules';
import type { TaxRateRecord } from '../../shared/tax-rates';
import { CurrencySelect } from '../deals/CurrencySelect';
import { serverErrors } from '../forms/form-errors';
import { fieldOf, type LineValues } from '../invoices/draft/draft-values';
import { paymentTermsLabels } from '../invoices/invoice-labels';
import { formatCalendarDate, todayIso } from '../lib/format';
import { errorMessage, invoke, RpcFailure } from '../lib/rpc';
import { ScheduleLines } from './ScheduleLines';
import {
  type Ending,
  recurrenceOf,
  type ScheduleFormValues,
  scheduleContent,
  scheduleFormValues,
  scheduleInput,
  scheduleProblems,
} from './schedule-form-values';
import { type Frequency, frequencies } from './schedule-labels';
import type { ScheduleScope } from './schedule-queries';

interface ScheduleFormModalProps {
  scope: ScheduleScope;
  /** The schedule being edited; a new one otherwise. */
  schedule?: ScheduleRow;
  currency: string;
  defaults: InvoiceDefaults;
  rates: TaxRateRecord[];
  lines: LineValues[];
  onClose: () => void;
}

const firstOfMonth = () => `${todayIso().slice(0, 8)}01`;

/** A new or edited recurring invoice: when it runs, until when, and what each invoice says. */
export const ScheduleFormModal = (props: ScheduleFormModalProps) => {
  const { scope, schedule, currency, defaults, rates, lines, onClose } = props;
  const form = useForm<ScheduleFormValues>({
    initialValues: schedule
      ? scheduleFormValues(schedule)
      : {
          name: '',
          frequency: 'monthly',
          interval: 2,
          dayOfMonth: 1,
          startDate: firstOfMonth(),
          ending: 'never',
          endDate: '',
          count: 12,
          currency,
          paymentTerms: defaults.paymentTerms,
          termsDays: defaults.termsDays,
          autoIssue: false,
          autoEmail: false,
          lines,
        },
    validate: (values) => scheduleProblems(values, scope),
  });
  const create = useMutation({
    mutationFn: (values: ScheduleFormValues) =>
      schedule
        ? invoke('schedules.update', { id: schedule.id, changes: scheduleContent(values) })
        : invoke('schedules.create', scheduleInput(values, scope)),
    onSuccess: (saved) => {
      const message = schedule
        ? `“${saved.name}” is saved; the next invoices follow it.`
        : `“${saved.name}” is set up.`;
      notifications.show({ color: 'teal', message });
      onClose();
    },
    onError: (error) => {
      if (error instanceof RpcFailure) form.setErrors(serverErrors(error.fields, fieldOf));
    },
  });
  const { values } = form;
  const frequency = frequencies[values.frequency];
  const rule = recurrenceOf(values);
  const preview = rule ? nextPeriods(rule, rule.startDate, 3) : [];
  const fieldErrors = create.error instanceof RpcFailure && Object.keys(create.error.fields).length > 0;

  return (
    <Modal
      opened
      onClose={onClose}
      title={schedule ? `Edit ${schedule.name}` : 'New recurring invoice'}
      size={760}
      centered
    >
      <form onSubmit={form.onSubmit((submitted) => create.mutate(submitted))} noValidate>
        <Stack gap="md">
          {schedule && schedule.runCount > 0 && (
            <Text size="sm" c="dimmed">
              Changes apply to the invoices not made yet; the {schedule.runCount} already made keep what they
              say. A changed frequency or date applies from today, without making past periods.
            </Text>
          )}
          <SimpleGrid cols={3} spacing="md" verticalSpacing="sm">
            <TextInput
              {...form.getInputProps('name')}
              label="Name"
              placeholder="Monthly retainer"
              maxLength={200}
            />
            <NativeSelect
              {...form.getInputProps('frequency')}
              label="Frequency"
              data={Object.entries(frequencies).map(([value, one]) => ({ value, label: one.label }))}
              onChange={(event) => form.setFieldValue('frequency', event.currentTarget.value as Frequency)}
            />
            {frequency.interval === null ? (
              <NumberInput
                {...form.getInputProps('interval')}
                label={`Every how many ${frequency.unit}s`}
                min={1}
                max={366}
                allowDecimal={false}
                allowNegative={false}
              />
            ) : (
              <div />
            )}
            <TextInput {...form.getInputProps('startDate')} type="date" label="Start date" withAsterisk />
            {frequency.unit === 'month' ? (
              <NumberInput
                {...form.getInputProps('dayOfMonth')}
                label="Day of month"
                description="29–31 fall on the last day of shorter months"
                min={1}
                max={31}
                allowDecimal={false}
                allowNegative={false}
              />
            ) : (
              <div />
            )}
            <div />
            <Input.Wrapper label="Ends" id="schedule-ending">
              <SegmentedControl
                {...form.getInputProps('ending')}
                aria-labelledby="schedule-ending-label"
                onChange={(value) => form.setFieldValue('ending', value as Ending)}
                fullWidth
                data={[
                  { value: 'never', label: 'Never' },
                  { value: 'on', label: 'On a date' },
                  { value: 'after', label: 'After' },
                ]}
              />
            </Input.Wrapper>
            {values.ending === 'on' && (
              <TextInput {...form.getInputProps('endDate')} type="date" label="End date" withAsterisk />
            )}
            {values.ending === 'after' && (
              <NumberInput
                {...form.getInputProps('count')}
                label="Number of invoices"
                min={1}
                max={1000}
                allowDecimal={false}
                allowNegative={false}
              />
            )}
          </SimpleGrid>
          <Text size="sm" aria-label="Next runs preview" className="lb-numeric">
            <Text span c="dimmed" inherit>
              First invoices:{' '}
            </Text>
            {preview.length === 0 ? '—' : preview.map((date) => formatCalendarDate(date)).join(' · ')}
          </Text>
          <ScheduleLines form={form} rates={rates} defaults={defaults} />
          <SimpleGrid cols={3} spacing="md" verticalSpacing="sm">
            <NativeSelect
              {...form.getInputProps('paymentTerms')}
              label="Payment terms"
              data={Object.entries(paymentTermsLabels).map(([value, label]) => ({ value, label }))}
            />
            {values.paymentTerms === 'net' ? (
              <NumberInput
                {...form.getInputProps('termsDays')}
                label="Days to pay"
                min={0}
                max={365}
                allowDecimal={false}
                allowNegative={false}
              />
            ) : (
              <div />
            )}
            <CurrencySelect {...form.getInputProps('currency')} />
          </SimpleGrid>
          <Stack gap={4}>
            <Checkbox
              {...form.getInputProps('autoIssue', { type: 'checkbox' })}
              label="Issue each invoice automatically"
              description="Otherwise each one waits as a draft for you to check and issue."
            />
            <Checkbox
              {...form.getInputProps('autoEmail', { type: 'checkbox' })}
              disabled={!form.values.autoIssue}
              label="Email each issued invoice to the customer"
              description="With its PDF, from the invoice email template, through the outbox in Settings → Email."
            />
          </Stack>
          {create.error && !fieldErrors && (
            <Alert color="red" variant="light" title="Not saved">
              {errorMessage(create.error)}
            </Alert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              {schedule ? 'Save schedule' : 'Create schedule'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
