import { Alert, Box, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { profileInput, type WorkspaceProfile } from '../../shared/profile';
import { invalidateKinds } from '../app/query-client';
import { CurrencySelect } from '../deals/CurrencySelect';
import { AddressSection } from '../forms/AddressSection';
import { SaveOrDiscard } from '../forms/EditorButtons';
import { FormSection } from '../forms/FormSection';
import { useSettingsForm } from '../forms/use-settings-form';
import { errorMessage, invoke } from '../lib/rpc';
import { commonLocales, localeExample } from './locale-example';

// A mapped copy, since the form wants an index-signature type and interfaces have none.
type ProfileValues = Pick<WorkspaceProfile, keyof WorkspaceProfile>;

/** The seller printed on every invoice: EU VAT rules ask for the full name, address and VAT number. */
export const BusinessProfileForm = ({ profile }: { profile: WorkspaceProfile }) => {
  const client = useQueryClient();
  const { form, onSubmit, saving, failure } = useSettingsForm({
    initialValues: profile as ProfileValues,
    prepare: (values: ProfileValues) => values,
    schema: profileInput,
    save: (input) => invoke('profile.update', input),
    onSaved: (saved) => {
      invalidateKinds(client, ['settings']);
      notifications.show({ color: 'teal', message: 'Business profile saved' });
      return saved;
    },
  });
  const localeListId = useId();
  const example = localeExample(form.values.locale, form.values.baseCurrency);

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Business profile">
      <Stack gap="lg">
        <FormSection
          title="Business"
          hint="Printed as the seller on every invoice. EU invoices must carry your VAT number if you have one."
        >
          <TextInput
            {...form.getInputProps('legalName')}
            label="Legal name"
            placeholder="e.g. Jane Doe Consulting GmbH"
          />
          <TextInput {...form.getInputProps('taxId')} label="VAT / tax ID" placeholder="e.g. DE123456789" />
          <TextInput
            {...form.getInputProps('email')}
            label="Billing email"
            type="email"
            placeholder="billing@example.com"
          />
          <TextInput {...form.getInputProps('phone')} label="Phone" type="tel" placeholder="+49 30 1234567" />
        </FormSection>
        <AddressSection inputProps={(key) => form.getInputProps(`address.${key}`)} />
        <FormSection title="Payment details" hint="Printed under the totals so clients know where to pay.">
          <Textarea
            {...form.getInputProps('bankDetails')}
            label="Bank details"
            placeholder={'Bank name\nIBAN DE89 3704 0044 0532 0130 00\nBIC COBADEFFXXX'}
            autosize
            minRows={3}
            maxRows={8}
            style={{ gridColumn: '1 / -1' }}
          />
        </FormSection>
        <FormSection title="Language and currency">
          {/* A native list of suggestions: any valid tag may be typed, and the input stays one labelled field. */}
          <TextInput
            {...form.getInputProps('locale')}
            label="Locale"
            description={example ? `Invoices show ${example}` : 'A language tag such as en, de-DE or fr-CA'}
            list={localeListId}
            autoComplete="off"
          />
          <datalist id={localeListId}>
            {commonLocales.map((locale) => (
              <option key={locale} value={locale} />
            ))}
          </datalist>
          <CurrencySelect
            {...form.getInputProps('baseCurrency')}
            label="Base currency"
            description="New deals and invoices start in it; reports convert to it"
            // Unmounted while closed, so the label names one element: the field.
            comboboxProps={{ shadow: 'md', keepMounted: false }}
          />
        </FormSection>
        {failure && (
          <Alert color="red" variant="light" title="Business profile not saved">
            {errorMessage(failure)}
          </Alert>
        )}
        {/* Sticky: the form is taller than the window, and any field may be the one just changed. */}
        <Box
          py="md"
          style={{
            position: 'sticky',
            bottom: 0,
            background: 'var(--mantine-color-white)',
            borderTop: '1px solid var(--lb-border)',
          }}
        >
          <SaveOrDiscard
            label="Save profile"
            saving={saving}
            dirty={form.isDirty()}
            onDiscard={() => form.reset()}
          />
        </Box>
      </Stack>
    </form>
  );
};
