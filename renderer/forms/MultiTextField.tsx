import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { IconPlus, IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface MultiTextFieldProps {
  /** "Email": the first input is labelled "Email", the next ones "Email 2", "Email 3"... */
  label: string;
  count: number;
  max: number;
  inputProps: (index: number) => GetInputPropsReturnType;
  onAdd: () => void;
  onRemove: (index: number) => void;
  /** An error about the list as a whole, e.g. too many entries. */
  error?: ReactNode;
  type?: 'email' | 'tel';
  placeholder?: string;
}

/** Several values of one kind (emails, phone numbers), added and removed in place. */
export const MultiTextField = (props: MultiTextFieldProps) => {
  const { label, count, max, inputProps, onAdd, onRemove, error, type, placeholder } = props;
  const lower = label.toLowerCase();
  return (
    <Stack gap={6}>
      {Array.from({ length: count }, (_, index) => {
        const name = index === 0 ? label : `${label} ${index + 1}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their position
          <Group key={index} gap={6} wrap="nowrap" align="flex-start">
            <TextInput
              {...inputProps(index)}
              label={index === 0 ? label : undefined}
              aria-label={index === 0 ? undefined : name}
              type={type}
              placeholder={placeholder}
              flex={1}
            />
            {count > 1 && (
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Remove ${lower} #${index + 1}`}
                onClick={() => onRemove(index)}
                mt={index === 0 ? 25 : 4}
                size={28}
              >
                <IconX size={14} />
              </ActionIcon>
            )}
          </Group>
        );
      })}
      {error && (
        <Text size="xs" c="red">
          {error}
        </Text>
      )}
      {count < max && (
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={onAdd}
          style={{ alignSelf: 'flex-start' }}
        >
          Add {lower}
        </Button>
      )}
    </Stack>
  );
};
