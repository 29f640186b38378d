import { Alert, Box, Button, Card, Center, Group, Image, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPhoto, IconUpload } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useId, useState } from 'react';
import { type LogoInfo, logoMaxSide } from '../../shared/profile';
import { invalidateKinds } from '../app/query-client';
import { errorMessage, invoke } from '../lib/rpc';
import { acceptedLogoTypes, rasteriseLogo } from './rasterise-logo';

const hiddenInput = {
  position: 'absolute',
  width: 1,
  height: 1,
  opacity: 0,
  overflow: 'hidden',
} as const;

const LogoPreview = ({ logo }: { logo: LogoInfo | null }) => (
  <Center
    w={220}
    h={120}
    p="sm"
    style={{
      flexShrink: 0,
      border: '1px dashed var(--mantine-color-gray-4)',
      borderRadius: 'var(--mantine-radius-md)',
      background: 'var(--lb-surface)',
    }}
  >
    {logo ? (
      <Image src={logo.dataUrl} alt="Logo preview" fit="contain" maw="100%" mah="100%" />
    ) : (
      <Stack gap={4} align="center">
        <IconPhoto size={24} color="var(--mantine-color-gray-5)" aria-hidden />
        <Text size="xs" c="dimmed">
          No logo yet
        </Text>
      </Stack>
    )}
  </Center>
);

/** The logo printed on invoices whose template has a logo header; it is saved as soon as it is chosen. */
export const LogoUpload = ({ logo }: { logo: LogoInfo | null }) => {
  const client = useQueryClient();
  const inputId = useId();
  const [focused, setFocused] = useState(false);
  const saved = (message: string) => {
    invalidateKinds(client, ['settings']);
    notifications.show({ color: 'teal', message });
  };
  const upload = useMutation({
    mutationFn: async (file: File) => invoke('profile.setLogo', await rasteriseLogo(file)),
    onSuccess: () => saved('Logo saved'),
  });
  const remove = useMutation({
    mutationFn: () => invoke('profile.removeLogo', {}),
    onSuccess: () => saved('Logo removed'),
  });
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    // Cleared so choosing the same file again (after fixing it) still counts as a change.
    event.currentTarget.value = '';
    if (file) upload.mutate(file);
  };
  const failure = upload.error ?? remove.error;

  return (
    <Card withBorder radius="md" padding="lg" component="section">
      <Title order={2} fz="sm" fw={600}>
        Logo
      </Title>
      <Text size="xs" c="dimmed" mt={2}>
        Printed at the top of invoices whose template has a logo header.
      </Text>
      <Group mt="md" gap="lg" align="center" wrap="nowrap">
        <LogoPreview logo={logo} />
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            PNG, JPEG or SVG. Larger images are scaled down to fit {logoMaxSide} × {logoMaxSide} pixels.
          </Text>
          {logo && (
            <Text size="xs" c="dimmed" className="lb-numeric">
              Stored as {logo.kind.toUpperCase()}, {logo.width} × {logo.height} pixels
            </Text>
          )}
          <Group gap="xs">
            <Box pos="relative">
              <input
                id={inputId}
                type="file"
                aria-label="Logo"
                accept={acceptedLogoTypes.join(',')}
                style={hiddenInput}
                onChange={onChange}
                onFocus={() => setFocused(true)}
                onBlur={() => setFocused(false)}
              />
              <Button
                component="label"
                htmlFor={inputId}
                variant="default"
                leftSection={<IconUpload size={16} aria-hidden />}
                loading={upload.isPending}
                style={focused ? { outline: '2px solid var(--mantine-primary-color-filled)' } : undefined}
              >
                {logo ? 'Replace logo' : 'Upload logo'}
              </Button>
            </Box>
            {logo && (
              <Button variant="subtle" color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
                Remove logo
              </Button>
            )}
          </Group>
        </Stack>
      </Group>
      {failure && (
        <Alert color="red" variant="light" title="Logo not saved" mt="md">
          {errorMessage(failure)}
        </Alert>
      )}
    </Card>
  );
};
