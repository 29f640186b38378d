import { NativeSelect, Table, Text } from '@mantine/core';
import { type ImportField, type ImportFieldKey, type ImportKind, importFields } from '../../shared/imports';
import classes from './import.module.css';

interface MappingTableProps {
  kind: ImportKind;
  headers: string[];
  rows: string[][];
  mapping: (ImportFieldKey | null)[];
  onMap: (column: number, field: ImportFieldKey | null) => void;
  disabled: boolean;
}

const columnWidth = 190;

/** The file's first rows, with a select above each column choosing the field it fills. */
export const MappingTable = ({ kind, headers, rows, mapping, onMap, disabled }: MappingTableProps) => {
  const options = [
    { value: '', label: 'Don’t import' },
    ...(importFields[kind] as readonly ImportField[]).map((field) => ({
      value: field.key,
      label: field.label,
    })),
  ];
  return (
    <Table.ScrollContainer minWidth={headers.length * columnWidth} type="native">
      <Table
        aria-label="Preview of the first rows"
        withTableBorder
        withColumnBorders
        verticalSpacing={6}
        fz="sm"
        style={{ tableLayout: 'fixed' }}
      >
        <Table.Thead bg="var(--lb-surface)">
          <Table.Tr>
            {headers.map((header, column) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional and never reorder
              <Table.Th key={column} w={columnWidth} style={{ verticalAlign: 'top' }}>
                <Text size="sm" fw={600} truncate="end" title={header} mb={6}>
                  {header}
                </Text>
                <NativeSelect
                  aria-label={`Column “${header}” maps to`}
                  data={options}
                  value={mapping[column] ?? ''}
                  size="xs"
                  disabled={disabled}
                  onChange={(event) =>
                    onMap(column, (event.currentTarget.value || null) as ImportFieldKey | null)
                  }
                />
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: preview rows are positional and never reorder
            <Table.Tr key={index}>
              {row.map((cell, column) => (
                <Table.Td
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                  key={column}
                  className={classes.previewCell}
                  c={mapping[column] ? undefined : 'dimmed'}
                  title={cell}
                >
                  {cell}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
