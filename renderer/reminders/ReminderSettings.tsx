import { Card, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { reminderSettingsInput, type ReminderSettings as Settings } from '../../shared/reminders';
import { invalidateKinds } from '../app/query-client';
import { SaveOrDiscard } from '../forms/EditorButtons';
import { useSettingsForm } from '../forms/use-settings-form';
import { invoke } from '../lib/rpc';
import { Loaded } from '../records/QueryState';
import { LateFeeSection } from './LateFeeSection';
import { ReminderStepRows } from './ReminderStepRows';
import { prepareReminderSettings, reminderFieldOf, reminderFormValues } from './reminder-form-values';

const ReminderSettingsForm = ({ settings }: { settings: Settings }) => {
  const client = useQueryClient();
  const { form, onSubmit, saving, failure } = useSettingsForm({
    initialValues: reminderFormValues(settings),
    prepare: prepareReminderSettings,
    schema: reminderSettingsInput,
    fieldOf: reminderFieldOf,
    save: (input) => invoke('reminders.updateSettings', input),
    onSaved: (saved) => {
      invalidateKinds(client, ['settings']);
      notifications.show({ color: 'teal', message: 'Reminder settings saved' });
      return reminderFormValues(saved);
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="reminder-steps-title">
          <Title id="reminder-steps-title" order={2} fz="sm" fw={600}>
            Reminder steps
          </Title>
          <Text size="sm" c="dimmed" mt={4} mb="md">
            Each step drafts a reminder email in the outbox for every unpaid invoice. After days closed, only
            the latest missed step is drafted; a paid invoice is never reminded.
          </Text>
          <ReminderStepRows form={form} />
        </Card>
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="late-fees-title">
          <Title id="late-fees-title" order={2} fz="sm" fw={600} mb="md">
            Late fees
          </Title>
          <LateFeeSection form={form} />
        </Card>
        <SaveOrDiscard
          failure={failure}
          failureTitle="Reminder settings not saved"
          label="Save reminders"
          saving={saving}
          dirty={form.isDirty()}
          onDiscard={() => form.reset()}
        />
      </Stack>
    </form>
  );
};

/** The Settings tab: when unpaid invoices are reminded, and what lateness costs. */
export const ReminderSettings = () => {
  const settings = useQuery({
    queryKey: ['settings', 'reminders'],
    queryFn: () => invoke('reminders.settings', {}),
  });
  return (
    <Loaded
      query={settings}
      failedTitle="Could not load the reminder settings"
      loadingLabel="Loading reminders"
    >
      {(loaded) => <ReminderSettingsForm settings={loaded} />}
    </Loaded>
  );
};
