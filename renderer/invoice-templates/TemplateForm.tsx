import {
  Alert,
  Anchor,
  Button,
  ColorInput,
  Divider,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { type InvoiceTemplate, templateCreateInput } from '../../shared/invoice-templates';
import { invalidateKinds } from '../app/query-client';
import { SaveOrDiscard } from '../forms/EditorButtons';
import { useSettingsForm } from '../forms/use-settings-form';
import { errorMessage, invoke } from '../lib/rpc';

type TemplateValues = Pick<
  InvoiceTemplate,
  'name' | 'layout' | 'paper' | 'accentColor' | 'header' | 'notes' | 'terms' | 'footer'
>;

const blankTemplate: TemplateValues = {
  name: '',
  layout: 'classic',
  paper: 'A4',
  accentColor: '#1c7ed6',
  header: 'text',
  notes: '',
  terms: '',
  footer: '',
};

const templateValues = (template: InvoiceTemplate | null): TemplateValues =>
  template
    ? {
        name: template.name,
        layout: template.layout,
        paper: template.paper,
        accentColor: template.accentColor,
        header: template.header,
        notes: template.notes,
        terms: template.terms,
        footer: template.footer,
      }
    : blankTemplate;

const swatches = ['#1c7ed6', '#0c8599', '#2f9e44', '#e67700', '#c92a2a', '#862e9c', '#343a40'];

/** Make default, archive and restore: each acts at once, outside the form's save. */
const TemplateActions = ({ template }: { template: InvoiceTemplate }) => {
  const client = useQueryClient();
  const act = useMutation({
    mutationFn: (action: 'default' | 'archive' | 'restore') =>
      action === 'default'
        ? invoke('invoiceTemplates.setDefault', { id: template.id })
        : invoke('invoiceTemplates.archive', { id: template.id, archived: action === 'archive' }),
    onSuccess: (saved, action) => {
      invalidateKinds(client, ['settings']);
      const done = { default: 'is now the default', archive: 'archived', restore: 'restored' }[action];
      notifications.show({ color: 'teal', message: `“${saved.name}” ${done}` });
    },
    onError: (error) =>
      notifications.show({ color: 'red', title: 'Not changed', message: errorMessage(error) }),
  });
  if (template.archived) {
    return (
      <Button variant="default" loading={act.isPending} onClick={() => act.mutate('restore')}>
        Restore template
      </Button>
    );
  }
  if (template.isDefault) {
    return (
      <Text size="sm" c="dimmed">
        New invoices start with this template.
      </Text>
    );
  }
  return (
    <Group gap="xs">
      <Button variant="default" loading={act.isPending} onClick={() => act.mutate('default')}>
        Make default
      </Button>
      <Button variant="subtle" color="gray" onClick={() => act.mutate('archive')}>
        Archive template
      </Button>
    </Group>
  );
};

interface TemplateFormProps {
  /** The template being edited; null adds a new one. */
  template: InvoiceTemplate | null;
  hasLogo: boolean;
  onSaved: (template: InvoiceTemplate) => void;
}

export const TemplateForm = ({ template, hasLogo, onSaved }: TemplateFormProps) => {
  const client = useQueryClient();
  const { form, onSubmit, saving, failure } = useSettingsForm({
    initialValues: templateValues(template),
    prepare: (values: TemplateValues) => values,
    schema: templateCreateInput,
    save: (input) =>
      template
        ? invoke('invoiceTemplates.update', { id: template.id, changes: input })
        : invoke('invoiceTemplates.create', input),
    onSaved: (saved) => {
      invalidateKinds(client, ['settings']);
      notifications.show({ color: 'teal', message: template ? 'Template saved' : 'Template added' });
      onSaved(saved);
      return templateValues(saved);
    },
  });
  const logoMissing = form.values.header === 'logo' && !hasLogo;

  return (
    <form onSubmit={onSubmit} noValidate aria-label={template ? `Template ${template.name}` : 'New template'}>
      <Stack gap="md">
        <SimpleGrid cols={2} spacing="md">
          <TextInput {...form.getInputProps('name')} label="Name" withAsterisk data-autofocus={!template} />
          <ColorInput
            {...form.getInputProps('accentColor')}
            label="Accent colour"
            format="hex"
            swatches={swatches}
            swatchesPerRow={7}
          />
        </SimpleGrid>
        <SimpleGrid cols={3} spacing="md">
          <NativeSelect
            {...form.getInputProps('layout')}
            label="Layout"
            data={[
              { value: 'classic', label: 'Classic' },
              { value: 'compact', label: 'Compact' },
            ]}
          />
          <NativeSelect
            {...form.getInputProps('paper')}
            label="Paper size"
            data={[
              { value: 'A4', label: 'A4' },
              { value: 'Letter', label: 'US Letter' },
            ]}
          />
          <NativeSelect
            {...form.getInputProps('header')}
            label="Header"
            data={[
              { value: 'text', label: 'Business name' },
              { value: 'logo', label: 'Logo' },
            ]}
          />
        </SimpleGrid>
        {logoMissing && (
          <Text size="xs" c="orange.8" mt={-8}>
            There is no logo yet, so the business name prints instead.{' '}
            <Anchor component={Link} to="/settings/profile" size="xs">
              Upload one under Business profile
            </Anchor>
          </Text>
        )}
        <Textarea
          {...form.getInputProps('notes')}
          label="Default notes"
          description="Shown above the line items, e.g. a thank-you or the project reference"
          autosize
          minRows={2}
          maxRows={6}
        />
        <Textarea
          {...form.getInputProps('terms')}
          label="Default terms"
          description="Printed under the totals, e.g. how and by when to pay"
          autosize
          minRows={2}
          maxRows={6}
        />
        <Textarea
          {...form.getInputProps('footer')}
          label="Footer"
          description="Printed at the bottom of every page, e.g. registration number and managing director"
          autosize
          minRows={1}
          maxRows={4}
        />
        {failure && (
          <Alert color="red" variant="light" title="Template not saved">
            {errorMessage(failure)}
          </Alert>
        )}
        <Divider />
        <Group justify="space-between">
          <SaveOrDiscard
            label={template ? 'Save template' : 'Create template'}
            saving={saving}
            dirty={form.isDirty()}
            onDiscard={() => form.reset()}
          />
          {template && <TemplateActions template={template} />}
        </Group>
      </Stack>
    </form>
  );
};
