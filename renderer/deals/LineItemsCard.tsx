import { Card, Table, Text, Title } from '@mantine/core';
import type { Deal } from '../../shared/deals';
import { formatMoney } from '../../shared/money';
import { rateNameOf, useTaxRates } from '../tax-rates/tax-rate-queries';
import { lineItemsTotalMinor, lineTotalMinor } from './line-items';

/** What the deal is made of, each line quantity × unit price, worked out exactly. */
export const LineItemsCard = ({ deal }: { deal: Deal }) => {
  const money = (minor: number | null) =>
    minor === null ? '—' : formatMoney({ minor, currency: deal.currency });
  const total = lineItemsTotalMinor(deal.lineItems);
  const rates = useTaxRates('all');
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} fz="sm" fw={600} mb="md">
        Line items
      </Title>
      {deal.lineItems.length === 0 ? (
        <Text size="sm" c="dimmed">
          No line items. Use Edit to break the deal into the work it covers.
        </Text>
      ) : (
        <Table verticalSpacing={8} aria-label="Line items" className="lb-numeric">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Description</Table.Th>
              <Table.Th ta="right">Quantity</Table.Th>
              <Table.Th>Unit</Table.Th>
              <Table.Th ta="right">Unit price</Table.Th>
              <Table.Th>Tax rate</Table.Th>
              <Table.Th ta="right">Line total</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {deal.lineItems.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{item.description}</Table.Td>
                <Table.Td ta="right">{item.quantity}</Table.Td>
                <Table.Td>{item.unit}</Table.Td>
                <Table.Td ta="right">{money(item.unitPriceMinor)}</Table.Td>
                <Table.Td>{rateNameOf(rates.data, item.taxRateId)}</Table.Td>
                <Table.Td ta="right">{money(lineTotalMinor(item.quantity, item.unitPriceMinor))}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={5} ta="right">
                Total
              </Table.Th>
              <Table.Th ta="right">{money(total)}</Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      )}
    </Card>
  );
};
