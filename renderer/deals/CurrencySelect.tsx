import { Select, type SelectProps } from '@mantine/core';

// The currencies a European consultant bills most in come first; every other ISO 4217 code follows.
const common = ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'JPY', 'CAD', 'AUD'];
const codes = [...common, ...Intl.supportedValuesOf('currency').filter((code) => !common.includes(code))];

/** An ISO 4217 code, searchable by typing it. */
export const CurrencySelect = (props: Omit<SelectProps, 'data'>) => (
  <Select
    label="Currency"
    searchable
    allowDeselect={false}
    maxDropdownHeight={260}
    comboboxProps={{ shadow: 'md' }}
    {...props}
    data={codes}
  />
);
