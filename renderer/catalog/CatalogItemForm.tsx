import { Anchor, NativeSelect, Textarea, TextInput } from '@mantine/core';
import { Link } from 'react-router';
import { type CatalogItem, catalogCreateInput, type UnitType, unitTypes } from '../../shared/catalog';
import { CurrencySelect } from '../deals/CurrencySelect';
import { FormPage } from '../forms/FormPage';
import { FormSection } from '../forms/FormSection';
import { useRecordForm } from '../forms/use-record-form';
import { invoke } from '../lib/rpc';
import { TaxRateSelect } from '../tax-rates/TaxRateSelect';
import { catalogFormValues, checkCatalogPrice, prepareCatalogItem } from './catalog-form-values';
import { unitTypeLabels } from './catalog-queries';

/** What the price is for, under its field: "Net, per hour", "Net, per page". */
const priceHint = ({ unitType, unitLabel }: { unitType: UnitType; unitLabel: string }) =>
  unitType === 'fixed'
    ? 'Net, for the whole piece of work'
    : `Net, per ${unitType === 'custom' ? unitLabel || 'unit' : unitType}`;

/** Creates a catalog item, or edits `item` when given; saving returns to the catalog. */
export const CatalogItemForm = ({ item }: { item?: CatalogItem }) => {
  const { form, page } = useRecordForm({
    kind: 'catalog',
    initialValues: catalogFormValues(item, 'EUR'),
    prepare: prepareCatalogItem,
    check: checkCatalogPrice,
    schema: catalogCreateInput,
    save: (input) =>
      item ? invoke('catalog.update', { id: item.id, changes: input }) : invoke('catalog.create', input),
    savedMessage: item ? 'Changes saved' : 'Item added to the catalog',
    detailPath: () => '/catalog',
  });
  const { values } = form;
  const custom = values.unitType === 'custom';

  return (
    <FormPage title={item ? `Edit ${item.name}` : 'New catalog item'} fallback="/catalog" {...page}>
      <FormSection title="Service">
        <TextInput
          {...form.getInputProps('name')}
          label="Name"
          placeholder="e.g. Strategy workshop"
          withAsterisk
          data-autofocus
          autoFocus
        />
        <NativeSelect
          {...form.getInputProps('unitType')}
          label="Unit type"
          data={unitTypes.map((unit) => ({ value: unit, label: unitTypeLabels[unit] }))}
        />
        <Textarea
          {...form.getInputProps('description')}
          label="Description"
          placeholder="What the client gets; copied onto deals and invoices with the item"
          autosize
          minRows={2}
          maxRows={6}
          style={{ gridColumn: custom ? undefined : '1 / -1' }}
        />
        {custom && (
          <TextInput
            {...form.getInputProps('unitLabel')}
            label="Unit label"
            placeholder="e.g. page, session, licence"
            withAsterisk
          />
        )}
      </FormSection>
      <FormSection
        title="Price and tax"
        hint="The defaults a deal or invoice line starts with; each line can change them."
      >
        <TextInput
          {...form.getInputProps('unitPrice')}
          label="Unit price"
          description={priceHint(values)}
          placeholder="e.g. 150.00"
          inputMode="decimal"
          className="lb-numeric"
          withAsterisk
        />
        <CurrencySelect {...form.getInputProps('currency')} description="Offered on deals in this currency" />
        <TaxRateSelect
          {...form.getInputProps('taxRateId')}
          value={values.taxRateId}
          label="Tax rate"
          description={
            <Anchor component={Link} to="/settings/invoicing" size="xs">
              Manage tax rates in Settings
            </Anchor>
          }
        />
      </FormSection>
    </FormPage>
  );
};
