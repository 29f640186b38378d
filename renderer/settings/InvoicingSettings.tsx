import { Stack } from '@mantine/core';
import { TemplatesEditor } from '../invoice-templates/TemplatesEditor';
import { NumberingSettings } from '../numbering/NumberingSettings';
import { InvoiceDefaultsForm } from '../profile/InvoiceDefaultsForm';
import { useProfile } from '../profile/profile-queries';
import { Loaded } from '../records/QueryState';
import { TaxRatesSettings } from '../tax-rates/TaxRatesSettings';

/** How new invoices start: terms and rounding, tax rates, templates and number series. */
export const InvoicingSettings = () => {
  const profile = useProfile();
  return (
    <Stack gap="lg">
      <Loaded
        query={profile}
        failedTitle="Could not load the invoice defaults"
        loadingLabel="Loading invoice defaults"
      >
        {({ defaults }) => <InvoiceDefaultsForm defaults={defaults} />}
      </Loaded>
      <TaxRatesSettings />
      <TemplatesEditor />
      <NumberingSettings />
    </Stack>
  );
};
