import { Card, DataList, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface Field {
  label: string;
  value: ReactNode;
}

const isBlank = (value: ReactNode) =>
  value === null ||
  value === undefined ||
  value === false ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

/** A titled card of label/value pairs; empty values show a quiet dash rather than disappearing. */
export const FieldList = ({ title, fields }: { title: string; fields: Field[] }) => (
  <Card withBorder radius="md" padding="lg">
    <Title order={2} fz="sm" fw={600} mb="md">
      {title}
    </Title>
    <DataList labelWidth={140} gap="sm">
      {fields.map((field) => (
        <DataList.Item key={field.label}>
          <DataList.ItemLabel c="dimmed">{field.label}</DataList.ItemLabel>
          <DataList.ItemValue style={{ overflowWrap: 'anywhere' }}>
            {isBlank(field.value) ? <Text c="gray.5">—</Text> : field.value}
          </DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  </Card>
);
