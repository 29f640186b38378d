import type { FormErrors } from '@mantine/form';
import type { CatalogCreateInput, CatalogItem, UnitType } from '../../shared/catalog';
import { parseMajorUnits } from '../../shared/major-units';
import { majorUnitsText } from '../../shared/money';
import type { PreparedInput } from '../forms/form-errors';

/** Selects hold ids as text and the price is typed in major units; prepareCatalogItem makes the input. */
export interface CatalogFormValues extends Record<string, unknown> {
  name: string;
  description: string;
  unitType: UnitType;
  unitLabel: string;
  unitPrice: string;
  currency: string;
  /** '' follows the workspace's default rate. */
  taxRateId: string;
}

export const catalogFormValues = (item: CatalogItem | undefined, currency: string): CatalogFormValues =>
  item
    ? {
        name: item.name,
        description: item.description,
        unitType: item.unitType,
        unitLabel: item.unitLabel,
        unitPrice: majorUnitsText(item.unitPriceMinor, item.currency),
        currency: item.currency,
        taxRateId: item.taxRateId === null ? '' : String(item.taxRateId),
      }
    : {
        name: '',
        description: '',
        unitType: 'hour',
        unitLabel: '',
        unitPrice: '',
        currency,
        taxRateId: '',
      };

/** A price that does not read as money in the chosen currency. */
export const checkCatalogPrice = (values: CatalogFormValues): FormErrors => {
  const parsed = parseMajorUnits(values.unitPrice, values.currency);
  return parsed.ok ? {} : { unitPrice: parsed.message };
};

const formField: Record<string, string> = { unitPriceMinor: 'unitPrice' };

export const prepareCatalogItem = (values: CatalogFormValues): PreparedInput<CatalogCreateInput> => {
  const price = parseMajorUnits(values.unitPrice, values.currency);
  return {
    input: {
      name: values.name,
      description: values.description,
      unitType: values.unitType,
      unitLabel: values.unitType === 'custom' ? values.unitLabel : '',
      unitPriceMinor: price.ok ? price.minor : 0,
      currency: values.currency,
      taxRateId: values.taxRateId === '' ? null : Number(values.taxRateId),
    },
    fieldOf: (path) =>
      path.map((part) => (typeof part === 'string' ? (formField[part] ?? part) : part)).join('.'),
  };
};
