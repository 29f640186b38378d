import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type TaxKind, type TaxRateRecord, taxKinds, taxRateCreateInput } from '../../shared/tax-rates';
import { invalidateKinds } from '../app/query-client';
import { RemoveRowButton } from '../forms/EditorButtons';
import { useSettingsForm } from '../forms/use-settings-form';
import { errorMessage, invoke } from '../lib/rpc';
import { TaxExample } from './TaxExample';
import { blankPart, prepareTaxRate, taxRateFormValues, zeroPart } from './tax-rate-form-values';
import { taxKindLabels } from './tax-rate-queries';

const maxParts = 4;
const partGrid = { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 120px 112px 36px', gap: 8 };

const TaxRateForm = ({ rate, onDone }: { rate?: TaxRateRecord; onDone: () => void }) => {
  const client = useQueryClient();
  const { form, onSubmit, saving, failure } = useSettingsForm({
    initialValues: taxRateFormValues(rate),
    prepare: prepareTaxRate,
    schema: taxRateCreateInput,
    save: (input) =>
      rate ? invoke('taxRates.update', { id: rate.id, changes: input }) : invoke('taxRates.create', input),
    onSaved: (saved) => {
      invalidateKinds(client, ['taxRates']);
      notifications.show({ color: 'teal', message: rate ? 'Tax rate saved' : `${saved.name} added` });
      onDone();
      return taxRateFormValues(saved);
    },
  });
  const { values } = form;
  const standard = values.kind === 'standard';

  const changeKind = (kind: TaxKind) => {
    form.setFieldValue('kind', kind);
    if (kind !== 'standard') form.setFieldValue('components', [zeroPart()]);
    else if (!standard) form.setFieldValue('components', [{ ...blankPart(), name: 'VAT' }]);
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={rate ? `Edit ${rate.name}` : 'New tax rate'}>
      <Stack gap="md">
        <TextInput
          {...form.getInputProps('name')}
          label="Name"
          placeholder="e.g. VAT 19% or GST 5% + QST 9.975%"
          description="As it appears in pickers and on invoices"
          withAsterisk
          data-autofocus
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="tax-kind-label">
            Kind
          </Text>
          <SegmentedControl
            aria-labelledby="tax-kind-label"
            data={taxKinds.map((kind) => ({ value: kind, label: taxKindLabels[kind] }))}
            value={values.kind}
            onChange={(kind) => changeKind(kind as TaxKind)}
          />
        </Stack>
        {standard && (
          <Stack gap={6} component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
            <Text size="sm" fw={500} component="legend">
              Parts
            </Text>
            <Text size="xs" c="dimmed" mt={-4}>
              Each part taxes the net. A compound part also taxes the parts above it.
            </Text>
            {values.components.map((part, index) => (
              <div key={part.key} style={{ ...partGrid, alignItems: 'start' }}>
                <TextInput
                  {...form.getInputProps(`components.${index}.name`)}
                  aria-label={`Part ${index + 1} name`}
                  placeholder="e.g. GST"
                />
                <TextInput
                  {...form.getInputProps(`components.${index}.rate`)}
                  aria-label={`Part ${index + 1} rate`}
                  placeholder="e.g. 9.975"
                  inputMode="decimal"
                  className="lb-numeric"
                  rightSection={
                    <Text size="sm" c="dimmed">
                      %
                    </Text>
                  }
                />
                {index === 0 ? (
                  <span />
                ) : (
                  <Checkbox
                    {...form.getInputProps(`components.${index}.compound`, { type: 'checkbox' })}
                    label="Compound"
                    aria-label={`Part ${index + 1} compound`}
                    mt={8}
                  />
                )}
                {values.components.length > 1 ? (
                  <RemoveRowButton
                    label={`Remove part ${index + 1}`}
                    onClick={() => form.removeListItem('components', index)}
                  />
                ) : (
                  <span />
                )}
              </div>
            ))}
            {typeof form.errors.components === 'string' && (
              <Text size="xs" c="red">
                {form.errors.components}
              </Text>
            )}
            {values.components.length < maxParts && (
              <Button
                variant="subtle"
                size="compact-sm"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={() => form.insertListItem('components', blankPart())}
                style={{ alignSelf: 'flex-start' }}
              >
                Add part
              </Button>
            )}
          </Stack>
        )}
        <Textarea
          {...form.getInputProps('note')}
          label="Legal note"
          description={
            standard
              ? 'Optional; printed under the totals of invoices that use this rate'
              : 'Printed on every invoice that uses this rate, e.g. the article that exempts it'
          }
          withAsterisk={!standard}
          autosize
          minRows={2}
          maxRows={5}
        />
        <TaxExample values={values} />
        {failure && (
          <Alert color="red" variant="light" title="Not saved">
            {errorMessage(failure)}
          </Alert>
        )}
        <Group gap="xs">
          <Button type="submit" loading={saving}>
            {rate ? 'Save tax rate' : 'Add tax rate'}
          </Button>
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
};

interface TaxRateModalProps {
  /** The rate being edited, a new one when undefined; `opened` shows the dialog. */
  rate?: TaxRateRecord;
  opened: boolean;
  onClose: () => void;
}

export const TaxRateModal = ({ rate, opened, onClose }: TaxRateModalProps) => (
  <Modal
    opened={opened}
    onClose={onClose}
    title={rate ? `Edit ${rate.name}` : 'New tax rate'}
    size="lg"
    closeButtonProps={{ 'aria-label': 'Close' }}
  >
    <TaxRateForm key={rate?.id ?? 'new'} rate={rate} onDone={onClose} />
  </Modal>
);
