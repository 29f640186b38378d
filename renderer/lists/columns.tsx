import type { ReactNode } from 'react';
import { RowLink } from '../records/RowLink';
import { TagList } from '../records/TagList';
import { CellText } from './CellText';
import type { Column } from './RecordList';

type Sizing<Row> = Omit<Column<Row>, 'render'>;

interface TextColumn<Row> extends Sizing<Row> {
  text: (row: Row) => ReactNode;
  dimmed?: boolean;
  numeric?: boolean;
}

/** A column of one line of text, cut with an ellipsis. */
export const textColumn = <Row,>({ text, dimmed, numeric, ...sizing }: TextColumn<Row>): Column<Row> => ({
  ...sizing,
  render: (row) => (
    <CellText dimmed={dimmed} numeric={numeric}>
      {text(row)}
    </CellText>
  ),
});

interface NameColumn<Row> extends Pick<Column<Row>, 'minWidth' | 'grow'> {
  path: (row: Row) => string;
  name: (row: Row) => string;
  shape: 'person' | 'organisation';
}

/** The record's name with its avatar and archived mark: the link that opens it. */
export const nameColumn = <Row extends { archivedAt: string | null }>({
  path,
  name,
  shape,
  ...sizing
}: NameColumn<Row>): Column<Row> => ({
  key: 'name',
  header: 'Name',
  ...sizing,
  render: (row) => (
    <RowLink to={path(row)} name={name(row)} archived={row.archivedAt !== null} shape={shape} />
  ),
});

/** The first two tags; the record's page shows them all. */
export const tagsColumn = <Row extends { tags: string[] }>(grow: number): Column<Row> => ({
  key: 'tags',
  header: 'Tags',
  minWidth: 120,
  grow,
  render: (row) => <TagList tags={row.tags} max={2} />,
});
