import { Badge, Card, List, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import type { NavItem } from './nav-items';
import { Page } from './Page';
import { PageHeader } from './PageHeader';

/** Every page that is not built yet, told from the data in nav-items rather than a hand-made screen each. */
export const ComingSoonPage = ({ item }: { item: NavItem }) => (
  <Page>
    <PageHeader title={item.label} />
    <Card withBorder radius="lg" p={40} maw={640} mx="auto" mt={24} w="100%">
      <Stack align="center" gap="md" ta="center">
        <ThemeIcon size={56} radius="xl" variant="light">
          <item.icon size={28} stroke={1.5} aria-hidden />
        </ThemeIcon>
        <Badge variant="light" color="gray">
          Coming soon
        </Badge>
        <Text size="lg" fw={500} maw={480}>
          {item.comingSoon?.summary}
        </Text>
        <Text c="dimmed" size="sm">
          This part of Lumenbase is not built yet. When it arrives, it will give you:
        </Text>
        <List
          spacing={8}
          size="sm"
          ta="left"
          icon={
            <ThemeIcon size={20} radius="xl" variant="light" color="teal">
              <IconCheck size={12} aria-hidden />
            </ThemeIcon>
          }
        >
          {item.comingSoon?.features.map((feature) => (
            <List.Item key={feature}>{feature}</List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  </Page>
);
