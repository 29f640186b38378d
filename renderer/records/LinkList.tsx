import { Anchor, Stack } from '@mantine/core';

/** Emails or phone numbers, each one a link the system can act on (mailto:, tel:). */
export const LinkList = ({ values, scheme }: { values: string[]; scheme: 'mailto' | 'tel' }) => (
  <Stack gap={2}>
    {values.map((value) => (
      <Anchor
        key={value}
        href={`${scheme}:${value}`}
        size="sm"
        className={scheme === 'tel' ? 'lb-numeric' : undefined}
      >
        {value}
      </Anchor>
    ))}
  </Stack>
);
