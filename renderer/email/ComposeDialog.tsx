import { Alert, Anchor, Button, Group, List, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMailForward, IconPaperclip, IconSend } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { EmlFile, OutboxMessage } from '../../shared/outbox';
import { downloadFile } from '../exports/download-file';
import { invoke, RpcFailure } from '../lib/rpc';
import { notifyFailure } from '../records/notices';
import { Loaded } from '../records/QueryState';
import { outboxMessageKey, useOutboxMessage } from './outbox-queries';
import { formatRecipients, listError, parseRecipients } from './recipients';

type Action = 'save' | 'eml' | 'send' | 'discard';

const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));

const queuedNotice = (message: OutboxMessage) =>
  notifications.show({
    color: 'teal',
    title: 'Queued: it goes out when the SMTP server is reachable',
    autoClose: message.smtpReady ? 6000 : 12_000,
    message: message.smtpReady ? (
      <Anchor href="#/outbox">Open the outbox</Anchor>
    ) : (
      <Text size="sm">
        No SMTP server is set up yet, so it waits in the <Anchor href="#/outbox">outbox</Anchor>. Set one up
        in <Anchor href="#/settings/email">Settings → Email</Anchor>.
      </Text>
    ),
  });

const emlSaved = (eml: EmlFile) => {
  if (!eml.opened) downloadFile(eml.fileName, bytesOf(eml.base64), 'message/rfc822');
  notifications.show({
    color: 'teal',
    message: eml.opened
      ? 'Opened in your mail app, ready to send.'
      : `${eml.fileName} is downloaded: open it to send it from your mail app.`,
  });
};

const attachmentText = ({ fileName, size }: OutboxMessage['attachments'][number]) =>
  size === null
    ? `${fileName} (made when you send)`
    : `${fileName} (${Math.max(1, Math.round(size / 1024))} KB)`;

const ComposeForm = ({ message, onClose }: { message: OutboxMessage; onClose: () => void }) => {
  const client = useQueryClient();
  const [values, setValues] = useState(() => ({
    to: formatRecipients(message.to),
    cc: formatRecipients(message.cc),
    subject: message.subject,
    body: message.body,
  }));
  const [fields, setFields] = useState<Record<string, string>>({});
  const editable = message.status === 'draft';
  const to = parseRecipients(values.to);
  const cc = parseRecipients(values.cc);
  const action = useMutation({
    mutationFn: async (kind: Action) => {
      const id = message.id;
      if (kind === 'discard') return { kind, result: await invoke('outbox.discard', { id }) };
      // A queued or sent email is only read (or opened in the mail app again); there is nothing to save.
      let saved = editable
        ? await invoke('outbox.update', { id, to, cc, subject: values.subject, body: values.body })
        : message;
      client.setQueryData(outboxMessageKey(id), saved);
      if (kind === 'eml') return { kind, result: await invoke('outbox.exportEml', { id }) };
      if (kind === 'send') saved = await invoke('outbox.send', { id });
      return { kind, result: saved };
    },
    onSuccess: ({ kind, result }) => {
      setFields({});
      if (kind === 'eml') return emlSaved(result as EmlFile);
      if (kind === 'send') queuedNotice(result as OutboxMessage);
      if (kind === 'save') notifications.show({ color: 'teal', message: 'Draft saved' });
      if (kind === 'discard') notifications.show({ color: 'teal', message: 'Email discarded' });
      void client.invalidateQueries({ queryKey: ['outbox'] });
      onClose();
    },
    onError: (error) => {
      if (error instanceof RpcFailure && Object.keys(error.fields).length > 0) setFields(error.fields);
      notifyFailure('Not done', error);
    },
  });
  const busy = action.isPending ? action.variables : null;
  const dirty =
    values.to !== formatRecipients(message.to) ||
    values.cc !== formatRecipients(message.cc) ||
    values.subject !== message.subject ||
    values.body !== message.body;
  // Closing keeps what was typed, as the invoice draft does; an address the server refuses says so.
  const close = () => {
    if (editable && dirty && !action.isPending)
      invoke('outbox.update', { id: message.id, to, cc, subject: values.subject, body: values.body })
        .then(() => client.invalidateQueries({ queryKey: ['outbox'] }))
        .catch((error: unknown) => notifyFailure('Your last edits to the email were not saved', error));
    onClose();
  };
  const set = (key: keyof typeof values) => (value: string) => setValues((now) => ({ ...now, [key]: value }));
  return (
    <Modal opened onClose={close} size="xl" title={`Email ${message.document.label}`}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          About <Anchor href={`#${message.document.path}`}>{message.document.label}</Anchor>
          {message.document.isDraft && ' · sending issues it first, so it gets its number'}
        </Text>
        <TextInput
          label="To"
          description="Addresses separated by commas; “Name <address>” works too"
          value={values.to}
          onChange={(event) => set('to')(event.currentTarget.value)}
          error={listError(fields, 'to', to)}
          disabled={!editable}
        />
        <TextInput
          label="Cc"
          value={values.cc}
          onChange={(event) => set('cc')(event.currentTarget.value)}
          error={listError(fields, 'cc', cc)}
          disabled={!editable}
        />
        <TextInput
          label="Subject"
          value={values.subject}
          onChange={(event) => set('subject')(event.currentTarget.value)}
          error={fields.subject}
          disabled={!editable}
        />
        <Textarea
          label="Message"
          autosize
          minRows={8}
          maxRows={18}
          value={values.body}
          onChange={(event) => set('body')(event.currentTarget.value)}
          error={fields.body}
          disabled={!editable}
        />
        <Group gap={6} aria-label="Attachments">
          <IconPaperclip size={16} aria-hidden />
          <Text size="sm">
            {message.document.isDraft
              ? `The PDF of ${message.document.label}, made with its number when you send`
              : message.attachments.map(attachmentText).join(', ')}
          </Text>
        </Group>
        {message.warnings.length > 0 && (
          <Alert color="yellow" variant="light" title="Before it goes out">
            <List size="sm">
              {message.warnings.map((warning) => (
                <List.Item key={warning}>{warning}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Group justify="space-between" mt="xs">
          <Button
            variant="subtle"
            color="red"
            loading={busy === 'discard'}
            disabled={!editable}
            onClick={() => action.mutate('discard')}
          >
            Discard
          </Button>
          <Group gap="xs">
            <Button
              variant="default"
              loading={busy === 'save'}
              disabled={!editable}
              onClick={() => action.mutate('save')}
            >
              Save draft
            </Button>
            <Button
              variant="default"
              leftSection={<IconMailForward size={16} aria-hidden />}
              loading={busy === 'eml'}
              disabled={message.document.isDraft}
              title={
                message.document.isDraft ? 'The document needs its number first: Send issues it' : undefined
              }
              onClick={() => action.mutate('eml')}
            >
              Open in mail app
            </Button>
            <Button
              leftSection={<IconSend size={16} aria-hidden />}
              loading={busy === 'send'}
              disabled={!editable}
              onClick={() => action.mutate('send')}
            >
              Send
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
};

/** Writing one email: its words, recipients and attachment, then Send (queued) or open it in the mail app. */
export const ComposeDialog = ({ messageId, onClose }: { messageId: number; onClose: () => void }) => {
  const message = useOutboxMessage(messageId);
  if (message.data) return <ComposeForm message={message.data} onClose={onClose} />;
  return (
    <Modal opened onClose={onClose} size="xl" title="Email">
      <Loaded query={message} failedTitle="Could not open the email" loadingLabel="Loading the email">
        {() => null}
      </Loaded>
    </Modal>
  );
};
