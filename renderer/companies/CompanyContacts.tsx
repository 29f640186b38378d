import { Button, Card, Group, Text, Title } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Company } from '../../shared/companies';
import { contactColumns, contactPath } from '../contacts/contact-columns';
import { useContactRows } from '../contacts/contact-queries';
import { formatNumber } from '../lib/format';
import { RecordList } from '../lists/RecordList';

// The company column would only repeat the page's subject, and tags do not fit beside the company card.
const columns = contactColumns.filter((column) => column.key !== 'company' && column.key !== 'tags');

/** The people filed under a company, in the same virtual list the Contacts page uses. */
export const CompanyContacts = ({ company }: { company: Company }) => {
  const filter = { companyId: company.id, status: 'active', sort: 'name' } as const;
  const rows = useContactRows(filter);
  return (
    <Card withBorder radius="md" padding="lg">
      <Group justify="space-between" mb="md">
        <Group gap={8}>
          <Title order={2} fz="sm" fw={600}>
            Contacts
          </Title>
          {rows.total !== undefined && (
            <Text size="sm" c="dimmed" className="lb-numeric">
              {formatNumber(rows.total)}
            </Text>
          )}
        </Group>
        <Button
          component={Link}
          to={`/contacts/new?companyId=${company.id}`}
          variant="light"
          size="xs"
          leftSection={<IconUserPlus size={14} aria-hidden />}
        >
          Add contact
        </Button>
      </Group>
      <RecordList
        label={`Contacts at ${company.name}`}
        columns={columns}
        rows={rows}
        hrefOf={contactPath}
        resetKey={String(company.id)}
        maxHeight={440}
        empty={
          <Text size="sm" c="dimmed">
            Nobody at {company.name} yet. Add the people you deal with there.
          </Text>
        }
      />
    </Card>
  );
};
