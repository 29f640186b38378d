import type { FormErrors } from '@mantine/form';
import type { Deal, DealCreateInput } from '../../shared/deals';
import { parseMajorUnits } from '../../shared/major-units';
import { majorUnitsText } from '../../shared/money';
import { fieldMapper, type PreparedInput } from '../forms/form-errors';
import { type LineItemValues, lineItemInput, lineItemValues } from './line-items';

/** Selects hold ids as strings and amounts are typed in major units; prepareDeal turns them into the input. */
export interface DealFormValues extends Record<string, unknown> {
  title: string;
  companyId: string | null;
  contactIds: string[];
  value: string;
  currency: string;
  expectedCloseDate: string;
  nextStep: string;
  pipelineId: string | null;
  stageId: string | null;
  lineItems: LineItemValues[];
}

let lastKey = 0;
export const newLineKey = () => `line-${++lastKey}`;

interface NewDealDefaults {
  stageId: number | null;
  companyId: number | null;
  currency: string;
}

export const dealFormValues = (deal: Deal | undefined, defaults: NewDealDefaults): DealFormValues =>
  deal
    ? {
        title: deal.title,
        companyId: deal.companyId === null ? null : String(deal.companyId),
        contactIds: deal.contacts.map((contact) => String(contact.id)),
        value: majorUnitsText(deal.valueMinor, deal.currency),
        currency: deal.currency,
        expectedCloseDate: deal.expectedCloseDate ?? '',
        nextStep: deal.nextStep,
        pipelineId: String(deal.pipelineId),
        stageId: String(deal.stageId),
        lineItems: deal.lineItems.map((item) => lineItemValues(item, deal.currency, newLineKey())),
      }
    : {
        title: '',
        companyId: defaults.companyId === null ? null : String(defaults.companyId),
        contactIds: [],
        value: '',
        currency: defaults.currency,
        expectedCloseDate: '',
        nextStep: '',
        pipelineId: null,
        stageId: defaults.stageId === null ? null : String(defaults.stageId),
        lineItems: [],
      };

const minorOrZero = (typed: string, currency: string) => {
  const parsed = parseMajorUnits(typed, currency);
  return parsed.ok ? parsed.minor : 0;
};

/** Amounts that do not read as money in the chosen currency, keyed by the form field that holds them. */
export const checkDealAmounts = (values: DealFormValues): FormErrors => {
  const errors: FormErrors = {};
  if (values.value.trim() !== '') {
    const parsed = parseMajorUnits(values.value, values.currency);
    if (!parsed.ok) errors.value = parsed.message;
  }
  values.lineItems.forEach((item, index) => {
    const parsed = parseMajorUnits(item.unitPrice, values.currency);
    if (!parsed.ok) errors[`lineItems.${index}.unitPrice`] = parsed.message;
  });
  return errors;
};

const formField: Record<string, string> = { valueMinor: 'value', unitPriceMinor: 'unitPrice' };

export const prepareDeal = (values: DealFormValues): PreparedInput<DealCreateInput> => {
  const id = (value: string | null) => (value ? Number(value) : undefined);
  return {
    input: {
      title: values.title,
      companyId: values.companyId ? Number(values.companyId) : null,
      contactIds: values.contactIds.map(Number),
      valueMinor: values.value.trim() === '' ? 0 : minorOrZero(values.value, values.currency),
      currency: values.currency,
      expectedCloseDate: values.expectedCloseDate || null,
      nextStep: values.nextStep,
      lineItems: values.lineItems.map((item) => lineItemInput(item, values.currency)),
      pipelineId: id(values.pipelineId),
      stageId: id(values.stageId),
    },
    fieldOf: (path) => {
      const named = path.map((part) => (typeof part === 'string' ? (formField[part] ?? part) : part));
      return fieldMapper({})(named);
    },
  };
};
