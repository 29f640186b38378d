import { Button, Card, Group, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { EmailKind } from '../../shared/email';
import type { EmailTemplate } from '../../shared/outbox';
import { invoke, RpcFailure } from '../lib/rpc';
import { notifyFailure } from '../records/notices';
import { Loaded } from '../records/QueryState';
import { emailTemplatesKey, useEmailTemplates } from './outbox-queries';

const kindLabels: Record<EmailKind, string> = {
  invoice: 'Invoice',
  estimate: 'Estimate',
  credit_note: 'Credit note',
  reminder: 'Reminder',
};

type Part = 'subject' | 'body';

const TemplateEditor = ({ template }: { template: EmailTemplate }) => {
  const client = useQueryClient();
  const [values, setValues] = useState({ subject: template.subject, body: template.body });
  const [fields, setFields] = useState<Record<string, string>>({});
  const inputs = { subject: useRef<HTMLInputElement>(null), body: useRef<HTMLTextAreaElement>(null) };
  const lastFocused = useRef<Part>('body');
  const save = useMutation({
    mutationFn: () => invoke('emailTemplates.update', { kind: template.kind, ...values }),
    onSuccess: () => {
      setFields({});
      void client.invalidateQueries({ queryKey: emailTemplatesKey });
      notifications.show({ color: 'teal', message: `${kindLabels[template.kind]} email saved` });
    },
    onError: (error) => {
      if (error instanceof RpcFailure) setFields(error.fields);
      notifyFailure('The template was not saved', error);
    },
  });
  /** Puts `{{field}}` where the cursor was in the subject or text, last focused. */
  const insert = (field: string) => {
    const part = lastFocused.current;
    const element = inputs[part].current;
    const text = values[part];
    const start = element?.selectionStart ?? text.length;
    const end = element?.selectionEnd ?? text.length;
    const token = `{{${field}}}`;
    setValues((now) => ({ ...now, [part]: text.slice(0, start) + token + text.slice(end) }));
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + token.length, start + token.length);
    });
  };
  return (
    <Stack gap="sm">
      <TextInput
        ref={inputs.subject}
        label="Subject"
        value={values.subject}
        onFocus={() => {
          lastFocused.current = 'subject';
        }}
        onChange={(event) => setValues({ ...values, subject: event.currentTarget.value })}
        error={fields.subject}
      />
      <Textarea
        ref={inputs.body}
        label="Message"
        autosize
        minRows={8}
        value={values.body}
        onFocus={() => {
          lastFocused.current = 'body';
        }}
        onChange={(event) => setValues({ ...values, body: event.currentTarget.value })}
        error={fields.body}
      />
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          Merge fields
        </Text>
        <Text size="xs" c="dimmed">
          Click one to insert it where the cursor is; it is filled from the document when an email is written.
        </Text>
        <Group gap={6} role="group" aria-label="Merge fields">
          {template.fields.map((field) => (
            <Button
              key={field}
              size="compact-xs"
              variant="light"
              ff="monospace"
              aria-label={`Insert ${field}`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => insert(field)}
            >
              {`{{${field}}}`}
            </Button>
          ))}
        </Group>
      </Stack>
      <Group justify="flex-end">
        <Button loading={save.isPending} onClick={() => save.mutate()}>
          Save template
        </Button>
      </Group>
    </Stack>
  );
};

/** The words of each kind of email the app writes, with the fields it fills in. */
export const EmailTemplatesSettings = () => {
  const templates = useEmailTemplates();
  const [kind, setKind] = useState<EmailKind>('invoice');
  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <div>
          <Text fw={600}>Email templates</Text>
          <Text size="sm" c="dimmed">
            What a new email says when you press Email on a document. Each email can still be edited before it
            goes out.
          </Text>
        </div>
        <SegmentedControl
          aria-label="Template"
          value={kind}
          onChange={(next) => setKind(next as EmailKind)}
          data={Object.entries(kindLabels).map(([value, label]) => ({ value, label }))}
        />
        <Loaded query={templates} failedTitle="Could not load the templates" loadingLabel="Loading templates">
          {(list) => {
            const template = list.find((one) => one.kind === kind);
            return template && <TemplateEditor key={kind} template={template} />;
          }}
        </Loaded>
      </Stack>
    </Card>
  );
};
