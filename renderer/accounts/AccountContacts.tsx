import { Anchor, Avatar, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Account } from '../../shared/accounts';
import { contactDisplayName } from '../../shared/contacts';

/** The people at the customer, each a click away. */
export const AccountContacts = ({ account }: { account: Account }) => (
  <Card withBorder radius="md" padding="lg">
    <Group justify="space-between" mb="md">
      <Title order={2} fz="sm" fw={600}>
        People
      </Title>
      <Button
        component={Link}
        to={`/contacts/new?companyId=${account.companyId}`}
        variant="subtle"
        size="compact-xs"
        leftSection={<IconUserPlus size={14} aria-hidden />}
      >
        Add contact
      </Button>
    </Group>
    {account.contacts.length === 0 ? (
      <Text size="sm" c="dimmed">
        Nobody filed under {account.companyName} yet.
      </Text>
    ) : (
      <Stack gap={10} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {account.contacts.map((contact) => (
          <Group key={contact.id} component="li" gap={10} wrap="nowrap">
            <Avatar name={contactDisplayName(contact)} color="initials" size={28} radius="xl" aria-hidden />
            <div style={{ minWidth: 0 }}>
              <Anchor
                component={Link}
                to={`/contacts/${contact.id}`}
                size="sm"
                fw={500}
                className="lb-truncate"
                display="block"
              >
                {contactDisplayName(contact)}
              </Anchor>
              {contact.title && (
                <Text size="xs" c="dimmed" className="lb-truncate">
                  {contact.title}
                </Text>
              )}
            </div>
          </Group>
        ))}
      </Stack>
    )}
  </Card>
);
