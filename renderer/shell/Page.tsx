import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

interface PageProps {
  children: ReactNode;
  /** List pages fill the window and let their list scroll; other pages scroll as a whole. */
  fill?: boolean;
  maxWidth?: number;
}

export const Page = ({ children, fill = false, maxWidth }: PageProps) => (
  <Box style={{ flex: 1, minHeight: 0, overflowY: fill ? 'hidden' : 'auto' }}>
    <Box
      px={32}
      pt={24}
      pb={fill ? 16 : 48}
      maw={maxWidth}
      h={fill ? '100%' : undefined}
      style={{ display: 'flex', flexDirection: 'column' }}
    >
      {children}
    </Box>
  </Box>
);
