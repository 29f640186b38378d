import { Box, Group, NavLink, ScrollArea, Text, ThemeIcon } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';
import { type NavItem, navSections, settingsItem } from './nav-items';

const SidebarLink = ({ item }: { item: NavItem }) => {
  const { pathname } = useLocation();
  const active = pathname === item.path || pathname.startsWith(`${item.path}/`);
  const link = (
    <NavLink
      component={Link}
      to={item.path}
      label={item.label}
      aria-current={active ? 'page' : undefined}
      active={active}
      variant="light"
      leftSection={<item.icon size={18} stroke={1.6} aria-hidden />}
      styles={{
        root: { borderRadius: 'var(--mantine-radius-sm)', paddingBlock: 6 },
        label: { fontSize: 14, fontWeight: active ? 600 : 500 },
      }}
    />
  );
  if (!item.badge) return link;
  return (
    <Box pos="relative">
      {link}
      <item.badge />
    </Box>
  );
};

/** The contents of the app's one navigation landmark (AppShell.Navbar renders the <nav>). */
export const Sidebar = () => (
  <>
    <Group gap={10} px="md" h={56} wrap="nowrap" style={{ flexShrink: 0 }}>
      <ThemeIcon
        size={28}
        radius="md"
        variant="gradient"
        gradient={{ from: 'lumen.6', to: 'violet.5', deg: 135 }}
      >
        <IconSparkles size={16} aria-hidden />
      </ThemeIcon>
      <Text fw={650} size="md">
        Lumenbase
      </Text>
    </Group>
    <ScrollArea flex={1} px="xs" type="hover">
      {navSections.map((section) => (
        <Box key={section.label} mb="xs">
          <Text size="xs" fw={600} c="dimmed" px="sm" pt="xs" pb={4} tt="uppercase" lts={0.4}>
            {section.label}
          </Text>
          {section.items.map((item) => (
            <SidebarLink key={item.path} item={item} />
          ))}
        </Box>
      ))}
    </ScrollArea>
    <Box p="xs" style={{ borderTop: '1px solid var(--lb-border)', flexShrink: 0 }}>
      <SidebarLink item={settingsItem} />
    </Box>
  </>
);
