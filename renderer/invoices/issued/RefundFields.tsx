import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { type PaymentMethod, paymentMethods } from '../../../shared/invoices';
import { paymentMethodLabels } from '../invoice-labels';

/** How and when money going back to the client leaves: for a refunding credit note or void. */
export const RefundFields = ({
  method,
  paidOn,
  onMethod,
  onPaidOn,
}: {
  method: PaymentMethod;
  paidOn: string;
  onMethod: (method: PaymentMethod) => void;
  onPaidOn: (date: string) => void;
}) => (
  <SimpleGrid cols={2} spacing="md">
    <NativeSelect
      label="Refunded by"
      value={method}
      onChange={(event) => onMethod(event.currentTarget.value as PaymentMethod)}
      data={paymentMethods.map((one) => ({ value: one, label: paymentMethodLabels[one] }))}
    />
    <TextInput
      type="date"
      label="Refunded on"
      value={paidOn}
      onChange={(event) => onPaidOn(event.currentTarget.value)}
    />
  </SimpleGrid>
);
