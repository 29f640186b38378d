import { Badge, Button, Card, Group, Switch, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { TaxKind, TaxRateRecord } from '../../shared/tax-rates';
import { Loaded } from '../records/QueryState';
import { TaxRateModal } from './TaxRateModal';
import { archiveTaxRate, makeDefaultTaxRate, restoreTaxRate } from './tax-rate-actions';
import { partsSummary, taxKindLabels, useTaxRates } from './tax-rate-queries';

const kindColors: Record<TaxKind, string> = { standard: 'gray', exempt: 'teal', reverse_charge: 'grape' };

type Editing = { rate?: TaxRateRecord } | null;

const RateRow = ({ rate, onEdit }: { rate: TaxRateRecord; onEdit: () => void }) => {
  const client = useQueryClient();
  return (
    <Table.Tr style={rate.archived ? { opacity: 0.6 } : undefined}>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Group gap={8} wrap="nowrap">
          <Text size="sm" fw={500}>
            {rate.name}
          </Text>
          {rate.isDefault && (
            <Badge size="sm" variant="filled" color="blue" style={{ flexShrink: 0 }}>
              Default
            </Badge>
          )}
          {rate.archived && (
            <Badge size="sm" variant="light" color="yellow" style={{ flexShrink: 0 }}>
              Archived
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Badge size="sm" variant="light" color={kindColors[rate.kind]} style={{ overflow: 'visible' }}>
          {taxKindLabels[rate.kind]}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm" className="lb-numeric">
          {rate.kind === 'standard' ? partsSummary(rate.components) : '0%'}
        </Text>
        {rate.note && (
          <Text size="xs" c="dimmed" lineClamp={1} title={rate.note} maw={320}>
            {rate.note}
          </Text>
        )}
      </Table.Td>
      <Table.Td w={1} style={{ whiteSpace: 'nowrap' }}>
        <Group gap={4} justify="flex-end" wrap="nowrap">
          {!rate.archived && (
            <Button variant="subtle" size="compact-sm" aria-label={`Edit ${rate.name}`} onClick={onEdit}>
              Edit
            </Button>
          )}
          {!rate.archived && !rate.isDefault && (
            <Button
              variant="subtle"
              size="compact-sm"
              aria-label={`Make ${rate.name} the default`}
              onClick={() => void makeDefaultTaxRate(client, rate)}
            >
              Make default
            </Button>
          )}
          {!rate.isDefault && (
            <Button
              variant="subtle"
              color="gray"
              size="compact-sm"
              aria-label={`${rate.archived ? 'Restore' : 'Archive'} ${rate.name}`}
              onClick={() =>
                void (rate.archived ? restoreTaxRate(client, rate) : archiveTaxRate(client, rate))
              }
            >
              {rate.archived ? 'Restore' : 'Archive'}
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
};

/** The named tax rates in Settings: which one new items and lines start with, and each rate's parts and note. */
export const TaxRatesSettings = () => {
  const [showArchived, setShowArchived] = useState(false);
  const rates = useTaxRates(showArchived ? 'all' : 'active');
  const [editing, setEditing] = useState<Editing>(null);
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="tax-rates-title">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title id="tax-rates-title" order={2} fz="sm" fw={600}>
            Tax rates
          </Title>
          <Text size="sm" c="dimmed" mt={4} maw={560}>
            The rates you charge, by name. Catalog items and invoice lines pick one; those without a rate of
            their own use the default. Invoices already issued keep the rates they were issued with.
          </Text>
        </div>
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setEditing({})}
          style={{ flexShrink: 0 }}
        >
          Add tax rate
        </Button>
      </Group>
      <Loaded query={rates} failedTitle="Could not load the tax rates" loadingLabel="Loading tax rates">
        {(loaded) => (
          <Table mt="md" verticalSpacing={8} aria-label="Tax rates">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Kind</Table.Th>
                <Table.Th>Rate</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {loaded.map((rate) => (
                <RateRow key={rate.id} rate={rate} onEdit={() => setEditing({ rate })} />
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Loaded>
      <Switch
        mt="md"
        size="sm"
        label="Show archived rates"
        checked={showArchived}
        onChange={(event) => setShowArchived(event.currentTarget.checked)}
      />
      <TaxRateModal rate={editing?.rate} opened={editing !== null} onClose={() => setEditing(null)} />
    </Card>
  );
};
