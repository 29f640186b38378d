import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import type { EmailSettingsView } from '../../shared/email-settings';

/** keep: the saved password stays; change: the typed one replaces it; remove: none is kept. */
export type PasswordMode = 'keep' | 'change' | 'remove';

interface PasswordFieldProps {
  mode: PasswordMode;
  onModeChange: (mode: PasswordMode) => void;
  inputProps: GetInputPropsReturnType;
  secretBackend: EmailSettingsView['secretBackend'];
  /** Whether a password is saved now; "Keep" is offered only then. */
  saved: boolean;
}

const whereKept = {
  os: 'Kept encrypted by your system’s keychain, never in the workspace database.',
  file: 'Kept in a file only you can read, in the data folder, never in the workspace database.',
};

/** The SMTP password is never shown once saved: it can only be replaced or removed. */
export const PasswordField = ({
  mode,
  onModeChange,
  inputProps,
  secretBackend,
  saved,
}: PasswordFieldProps) => {
  const keepButton = saved && (
    <Button variant="subtle" size="compact-sm" onClick={() => onModeChange('keep')}>
      Keep the saved password
    </Button>
  );
  return (
    <Stack gap={4} style={{ gridColumn: '1 / -1' }}>
      {mode === 'change' ? (
        <PasswordInput
          {...inputProps}
          label={saved ? 'New password' : 'Password'}
          autoComplete="new-password"
          description={whereKept[secretBackend]}
        />
      ) : (
        <>
          <Text size="sm" fw={500}>
            {mode === 'keep' ? 'A password is saved' : 'The saved password will be removed when you save'}
          </Text>
          <Text size="xs" c="dimmed">
            {whereKept[secretBackend]}
          </Text>
        </>
      )}
      <Group gap="xs">
        {mode === 'keep' && (
          <>
            <Button variant="default" size="compact-sm" onClick={() => onModeChange('change')}>
              Change password
            </Button>
            <Button variant="light" color="red" size="compact-sm" onClick={() => onModeChange('remove')}>
              Remove password
            </Button>
          </>
        )}
        {mode !== 'keep' && keepButton}
      </Group>
    </Stack>
  );
};
