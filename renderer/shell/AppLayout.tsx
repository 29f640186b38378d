import { AppShell, Group } from '@mantine/core';
import { Outlet } from 'react-router';
import { useRecordEvents } from '../app/use-record-events';
import { GlobalSearch } from '../search/GlobalSearch';
import { SearchTrigger } from '../search/SearchTrigger';
import { Sidebar } from './Sidebar';

export const AppLayout = () => {
  useRecordEvents();
  return (
    <AppShell layout="alt" header={{ height: 56 }} navbar={{ width: 232, breakpoint: 0 }} padding={0}>
      <AppShell.Header px="xl" style={{ borderColor: 'var(--lb-border)' }}>
        <Group h="100%" justify="space-between">
          <SearchTrigger />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar aria-label="Main" bg="var(--lb-surface)" style={{ borderColor: 'var(--lb-border)' }}>
        <Sidebar />
      </AppShell.Navbar>
      <AppShell.Main h="100dvh" style={{ display: 'flex', flexDirection: 'column' }}>
        <Outlet />
      </AppShell.Main>
      <GlobalSearch />
    </AppShell>
  );
};
