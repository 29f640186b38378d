import { Grid, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatDateTime } from '../lib/format';
import { FieldList } from './FieldList';

interface DetailColumnsProps {
  record: { createdAt: string; updatedAt: string };
  children: ReactNode;
  /** Cards for the narrow column, above the record's timestamps. */
  aside?: ReactNode;
}

/** The body of every record page: the record itself wide on the left, its side cards and timestamps on the right. */
export const DetailColumns = ({ record, children, aside }: DetailColumnsProps) => (
  <Grid gap="lg">
    <Grid.Col span={{ base: 12, lg: 8 }}>
      <Stack gap="lg">{children}</Stack>
    </Grid.Col>
    <Grid.Col span={{ base: 12, lg: 4 }}>
      <Stack gap="lg">
        {aside}
        <FieldList
          title="Record"
          fields={[
            { label: 'Created', value: formatDateTime(record.createdAt) },
            { label: 'Last updated', value: formatDateTime(record.updatedAt) },
          ]}
        />
      </Stack>
    </Grid.Col>
  </Grid>
);
