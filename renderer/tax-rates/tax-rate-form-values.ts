import type { TaxKind, TaxRateCreateInput, TaxRateRecord } from '../../shared/tax-rates';

export interface TaxPartValues {
  /** Stable identity for React while parts are added and removed. */
  key: string;
  name: string;
  rate: string;
  compound: boolean;
}

export interface TaxRateFormValues extends Record<string, unknown> {
  name: string;
  kind: TaxKind;
  components: TaxPartValues[];
  note: string;
}

let lastKey = 0;
const part = (name: string, rate: string, compound = false): TaxPartValues => ({
  key: `part-${++lastKey}`,
  name,
  rate,
  compound,
});

export const blankPart = () => part('', '');

/** Exempt and reverse-charge rates are one part at 0%; only the legal note is theirs to say. */
export const zeroPart = () => part('VAT', '0');

export const taxRateFormValues = (rate?: TaxRateRecord): TaxRateFormValues =>
  rate
    ? {
        name: rate.name,
        kind: rate.kind,
        components: rate.components.map((component) =>
          part(component.name, component.rate, component.compound ?? false),
        ),
        note: rate.note,
      }
    : { name: '', kind: 'standard', components: [part('VAT', '')], note: '' };

export const prepareTaxRate = (values: TaxRateFormValues): TaxRateCreateInput => ({
  name: values.name,
  kind: values.kind,
  // The first part has nothing before it to compound on, whatever its box said before a part was removed.
  components: values.components.map((component, index) => ({
    name: component.name,
    rate: component.rate,
    ...(index > 0 && component.compound ? { compound: true } : {}),
  })),
  note: values.note,
});
