import { Button, Checkbox, Group, NativeSelect, NumberInput, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { maxReminderSteps } from '../../shared/reminders';
import { RemoveRowButton } from '../forms/EditorButtons';
import { type ReminderFormValues, stepValues } from './reminder-form-values';

const whenOptions = [
  { value: 'before', label: 'days before due' },
  { value: 'on', label: 'on the due date' },
  { value: 'after', label: 'days after due' },
];

/** Each reminder step as a row: how many days, before or after the due date, and whether it also makes a task. */
export const ReminderStepRows = ({ form }: { form: UseFormReturnType<ReminderFormValues> }) => {
  const { steps } = form.values;
  const lastAfter = Math.max(
    0,
    ...steps.filter((step) => step.when === 'after').map((step) => Number(step.days) || 0),
  );
  return (
    <Stack gap="xs">
      {steps.length === 0 && (
        <Text size="sm" c="dimmed">
          No reminders: invoices are never reminded.
        </Text>
      )}
      {steps.map((step, index) => {
        const name = `step ${index + 1}`;
        return (
          <Group key={step.key} gap="sm" align="flex-start" wrap="nowrap">
            <NumberInput
              {...form.getInputProps(`steps.${index}.days`)}
              aria-label={`Days for ${name}`}
              disabled={step.when === 'on'}
              min={1}
              max={365}
              allowDecimal={false}
              allowNegative={false}
              w={90}
            />
            <NativeSelect
              {...form.getInputProps(`steps.${index}.when`)}
              aria-label={`When for ${name}`}
              data={whenOptions}
              w={170}
            />
            <Checkbox
              {...form.getInputProps(`steps.${index}.escalate`, { type: 'checkbox' })}
              label="Also create a follow-up task"
              aria-label={`Also create a follow-up task for ${name}`}
              mt={8}
              style={{ flex: 1 }}
            />
            <RemoveRowButton label={`Remove ${name}`} onClick={() => form.removeListItem('steps', index)} />
          </Group>
        );
      })}
      {typeof form.errors.steps === 'string' && (
        <Text size="sm" c="red" role="alert">
          {form.errors.steps}
        </Text>
      )}
      <Group>
        <Button
          variant="default"
          size="xs"
          disabled={steps.length >= maxReminderSteps}
          onClick={() => form.insertListItem('steps', stepValues(lastAfter + 7))}
        >
          Add step
        </Button>
        <Text size="xs" c="dimmed">
          At most {maxReminderSteps} steps, each on its own day.
        </Text>
      </Group>
    </Stack>
  );
};
