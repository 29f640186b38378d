import { NativeSelect, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { type Deal, type DealCreateInput, dealCreateInput } from '../../shared/deals';
import { parseMajorUnits } from '../../shared/major-units';
import { majorUnitsText } from '../../shared/money';
import { CompanySelect } from '../contacts/CompanySelect';
import { FormPage } from '../forms/FormPage';
import { FormSection } from '../forms/FormSection';
import { useRecordForm } from '../forms/use-record-form';
import { invoke } from '../lib/rpc';
import { usePipelines } from '../pipelines/pipeline-queries';
import { ContactsSelect } from './ContactsSelect';
import { CurrencySelect } from './CurrencySelect';
import { checkDealAmounts, dealFormValues, newLineKey, prepareDeal } from './deal-form-values';
import { dealPath } from './deal-queries';
import { LineItemsEditor } from './LineItemsEditor';
import { blankLineItem } from './line-items';

interface DealFormProps {
  /** The deal being edited; without it the form creates one. */
  deal?: Deal;
  stageId?: number | null;
  companyId?: number | null;
}

/** Pipeline and stage, for a new deal only: an existing deal changes stage on the board or its page. */
const StageFields = ({ props }: { props: (field: 'pipelineId' | 'stageId') => GetInputPropsReturnType }) => {
  const pipelines = usePipelines();
  const pipelineValue = props('pipelineId').value;
  const pipeline =
    pipelines.data?.find((candidate) => String(candidate.id) === pipelineValue) ?? pipelines.data?.[0];
  const openStages = pipeline?.stages.filter((stage) => stage.outcome === 'open') ?? [];
  return (
    <>
      {(pipelines.data?.length ?? 0) > 1 && (
        <NativeSelect
          {...props('pipelineId')}
          label="Pipeline"
          data={(pipelines.data ?? []).map((candidate) => ({
            value: String(candidate.id),
            label: candidate.name,
          }))}
        />
      )}
      <NativeSelect
        {...props('stageId')}
        value={props('stageId').value ?? ''}
        label="Stage"
        data={[
          { value: '', label: `First stage${openStages[0] ? ` (${openStages[0].name})` : ''}` },
          ...openStages.map((stage) => ({
            value: String(stage.id),
            label: `${stage.name} · ${stage.probability}%`,
          })),
        ]}
      />
    </>
  );
};

/** An edit sends the details only: the stage changes through deals.move, and the pipeline stays. */
const detailsOnly = ({ pipelineId, stageId, ...details }: DealCreateInput) => details;

export const DealForm = ({ deal, stageId = null, companyId = null }: DealFormProps) => {
  const { form, page } = useRecordForm({
    kind: 'deals',
    initialValues: dealFormValues(deal, { stageId, companyId, currency: 'EUR' }),
    prepare: prepareDeal,
    check: checkDealAmounts,
    schema: dealCreateInput,
    save: (input) =>
      deal
        ? invoke('deals.update', { id: deal.id, changes: detailsOnly(input) })
        : invoke('deals.create', input),
    savedMessage: deal ? 'Changes saved' : 'Deal created',
    detailPath: dealPath,
  });
  const { values } = form;
  const typedValue = parseMajorUnits(values.value, values.currency);

  return (
    <FormPage
      title={deal ? `Edit ${deal.title}` : 'New deal'}
      fallback={deal ? dealPath(deal) : '/deals'}
      {...page}
    >
      <FormSection title="Deal">
        <TextInput
          {...form.getInputProps('title')}
          label="Title"
          placeholder="e.g. Website relaunch"
          withAsterisk
          data-autofocus
          autoFocus
        />
        <CompanySelect inputProps={form.getInputProps('companyId')} />
        <ContactsSelect
          inputProps={form.getInputProps('contactIds')}
          known={deal?.contacts ?? []}
          companyId={values.companyId ? Number(values.companyId) : null}
        />
        {!deal && <StageFields props={(field) => form.getInputProps(field)} />}
      </FormSection>
      <FormSection title="Value and timing">
        <TextInput
          {...form.getInputProps('value')}
          label="Value"
          placeholder="e.g. 12,500.00"
          inputMode="decimal"
          className="lb-numeric"
        />
        <CurrencySelect {...form.getInputProps('currency')} />
        <TextInput {...form.getInputProps('expectedCloseDate')} type="date" label="Expected close date" />
        <TextInput
          {...form.getInputProps('nextStep')}
          label="Next step"
          placeholder="e.g. Send the proposal by Friday"
        />
      </FormSection>
      <FormSection title="Line items" hint="What the deal is made of; each line is quantity × unit price.">
        <LineItemsEditor
          items={values.lineItems}
          currency={values.currency}
          inputProps={(index, field) => form.getInputProps(`lineItems.${index}.${field}`)}
          setLine={(index, line) => form.setFieldValue(`lineItems.${index}`, line)}
          onAdd={() => form.insertListItem('lineItems', blankLineItem(newLineKey()))}
          onRemove={(index) => form.removeListItem('lineItems', index)}
          onUseTotal={(total) => form.setFieldValue('value', majorUnitsText(total, values.currency))}
          valueMinor={values.value.trim() === '' ? 0 : typedValue.ok ? typedValue.minor : null}
        />
      </FormSection>
    </FormPage>
  );
};
