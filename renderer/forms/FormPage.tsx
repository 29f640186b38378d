import { Alert, Box, Button, Group, Kbd, Stack, Text } from '@mantine/core';
import { useOs } from '@mantine/hooks';
import { IconAlertCircle } from '@tabler/icons-react';
import type { FormEvent, KeyboardEvent, ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { errorMessage, RpcFailure } from '../lib/rpc';
import { Page } from '../shell/Page';
import { PageHeader } from '../shell/PageHeader';

interface FormPageProps {
  title: string;
  /** Where Cancel goes when there is no page to go back to (the form was opened directly). */
  fallback: string;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  saving: boolean;
  failure: Error | null;
  children: ReactNode;
}

const failureText = (failure: Error) =>
  failure instanceof RpcFailure && failure.error.code === 'invalid_input'
    ? 'Some fields need your attention; nothing was saved.'
    : errorMessage(failure);

/** The frame of every create/edit form: heading, save with Ctrl/Cmd+Enter, cancel back to where you were. */
export const FormPage = ({ title, fallback, onSubmit, saving, failure, children }: FormPageProps) => {
  const navigate = useNavigate();
  const location = useLocation();
  const mod = useOs() === 'macos' ? '⌘' : 'Ctrl';
  const cancel = () => (location.key === 'default' ? navigate(fallback) : navigate(-1));
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  };

  return (
    <Page maxWidth={920}>
      <PageHeader title={title} />
      <form onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate aria-label={title}>
        <Stack gap="lg">
          {failure && (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertCircle size={18} aria-hidden />}
              title="Not saved"
            >
              {failureText(failure)}
            </Alert>
          )}
          {children}
        </Stack>
        <Box
          mt="xl"
          py="md"
          style={{
            position: 'sticky',
            bottom: 0,
            background: 'var(--mantine-color-white)',
            borderTop: '1px solid var(--lb-border)',
          }}
        >
          {/* Buttons on the left: notifications appear bottom right and must never cover Save. */}
          <Group justify="space-between">
            <Group gap="xs">
              <Button type="submit" loading={saving}>
                Save
              </Button>
              <Button variant="default" onClick={cancel}>
                Cancel
              </Button>
            </Group>
            <Text size="xs" c="dimmed">
              <Kbd size="xs">{mod}</Kbd> + <Kbd size="xs">Enter</Kbd> to save
            </Text>
          </Group>
        </Box>
      </form>
    </Page>
  );
};
