import { TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import type { Address } from '../../shared/fields';
import { FormSection } from './FormSection';

const parts: { key: keyof Address; label: string; placeholder?: string }[] = [
  { key: 'line1', label: 'Address line 1', placeholder: 'Street and number' },
  { key: 'line2', label: 'Address line 2', placeholder: 'Building, floor, suite' },
  { key: 'postalCode', label: 'Postal code' },
  { key: 'city', label: 'City' },
  { key: 'region', label: 'Region', placeholder: 'State, county or province' },
  { key: 'country', label: 'Country code', placeholder: 'e.g. DE' },
];

/** The postal address section both contacts and companies use. */
export const AddressSection = ({
  inputProps,
}: {
  inputProps: (key: keyof Address) => GetInputPropsReturnType;
}) => (
  <FormSection title="Address">
    {parts.map((part) => (
      <TextInput
        key={part.key}
        {...inputProps(part.key)}
        label={part.label}
        placeholder={part.placeholder}
        maxLength={part.key === 'country' ? 2 : undefined}
      />
    ))}
  </FormSection>
);
