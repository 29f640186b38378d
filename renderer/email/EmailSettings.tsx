import { Card, NativeSelect, NumberInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import type { SmtpSecurity } from '../../shared/email';
import { type EmailSettingsView, emailSettingsInput } from '../../shared/email-settings';
import { invalidateKinds } from '../app/query-client';
import { SaveOrDiscard } from '../forms/EditorButtons';
import { useSettingsForm } from '../forms/use-settings-form';
import { invoke } from '../lib/rpc';
import { Loaded } from '../records/QueryState';
import { ConnectionTest } from './ConnectionTest';
import { useEmailSettings } from './email-settings-queries';
import { PasswordField, type PasswordMode } from './PasswordField';

interface EmailFormValues {
  [key: string]: unknown;
  fromName: string;
  fromAddress: string;
  smtpHost: string;
  smtpPort: number | string;
  smtpSecurity: SmtpSecurity;
  smtpUsername: string;
  password: string;
  passwordMode: PasswordMode;
}

const securityOptions = [
  { value: 'starttls', label: 'STARTTLS, usually port 587' },
  { value: 'tls', label: 'TLS from the start, usually port 465' },
  { value: 'none', label: 'None: only for a relay on your own network' },
];

const valuesOf = ({
  passwordSet,
  secretBackend: _where,
  ...settings
}: EmailSettingsView): EmailFormValues => ({
  ...settings,
  password: '',
  passwordMode: passwordSet ? 'keep' : 'change',
});

const inputOf = ({ password, passwordMode, ...settings }: EmailFormValues) => ({
  ...settings,
  smtpPort: settings.smtpPort === '' ? Number.NaN : Number(settings.smtpPort),
  // Nothing typed keeps what is saved; an empty string asks the server to remove it.
  password:
    passwordMode === 'remove' ? '' : passwordMode === 'change' && password !== '' ? password : undefined,
});

const EmailSettingsForm = ({ saved }: { saved: EmailSettingsView }) => {
  const client = useQueryClient();
  const { form, onSubmit, saving, failure } = useSettingsForm({
    initialValues: valuesOf(saved),
    prepare: inputOf,
    schema: emailSettingsInput,
    save: (input) => invoke('email.updateSettings', input),
    onSaved: (view) => {
      invalidateKinds(client, ['settings']);
      notifications.show({ color: 'teal', message: 'Email settings saved' });
      return valuesOf(view);
    },
  });
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="email-sending-title">
      <Title id="email-sending-title" order={2} fz="sm" fw={600}>
        Sending email
      </Title>
      <Text size="sm" c="dimmed" mt={4}>
        Invoices, estimates and reminders go out through your own mail server (SMTP), from your address.
      </Text>
      <form onSubmit={onSubmit} noValidate aria-label="Email settings">
        <Stack gap="md" mt="md">
          <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
            <TextInput
              {...form.getInputProps('fromName')}
              label="Sender name"
              placeholder="Jane Doe Consulting"
            />
            <TextInput
              {...form.getInputProps('fromAddress')}
              label="Sender address"
              type="email"
              placeholder="billing@example.com"
              description="Left empty, the business profile’s email is used"
            />
            <TextInput
              {...form.getInputProps('smtpHost')}
              label="SMTP server"
              placeholder="smtp.example.com"
            />
            <NumberInput
              {...form.getInputProps('smtpPort')}
              label="Port"
              min={1}
              max={65535}
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator={false}
            />
            <NativeSelect {...form.getInputProps('smtpSecurity')} label="Security" data={securityOptions} />
            <TextInput {...form.getInputProps('smtpUsername')} label="Username" autoComplete="username" />
            <PasswordField
              mode={form.values.passwordMode}
              onModeChange={(mode) => form.setValues({ passwordMode: mode, password: '' })}
              inputProps={form.getInputProps('password')}
              secretBackend={saved.secretBackend}
              saved={saved.passwordSet}
            />
          </SimpleGrid>
          <SaveOrDiscard
            failure={failure}
            failureTitle="Email settings not saved"
            label="Save email settings"
            saving={saving}
            dirty={form.isDirty()}
            onDiscard={() => form.reset()}
          />
          <ConnectionTest unsaved={form.isDirty()} />
        </Stack>
      </form>
    </Card>
  );
};

/** Settings → Email: who mail comes from and the SMTP server it goes through. */
export const EmailSettings = () => {
  const settings = useEmailSettings();
  return (
    <Loaded
      query={settings}
      failedTitle="Could not load the email settings"
      loadingLabel="Loading email settings"
    >
      {(saved) => <EmailSettingsForm saved={saved} />}
    </Loaded>
  );
};
