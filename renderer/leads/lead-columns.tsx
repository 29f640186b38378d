import { type LeadRow, leadDisplayName } from '../../shared/leads';
import { formatCalendarDate } from '../lib/format';
import { nameColumn, textColumn } from '../lists/columns';
import type { Column } from '../lists/RecordList';
import { ScoreBadge, StatusBadge } from './LeadBadges';
import { sourceLabel } from './lead-form-values';
import { leadPath } from './lead-queries';

export const leadColumns: Column<LeadRow>[] = [
  {
    key: 'score',
    header: 'Score',
    minWidth: 72,
    grow: 0.4,
    render: (row) => <ScoreBadge score={row.score} />,
  },
  nameColumn<LeadRow>({ minWidth: 190, grow: 1.7, path: leadPath, name: leadDisplayName, shape: 'person' }),
  textColumn({ key: 'company', header: 'Company', minWidth: 130, grow: 1.3, text: (row) => row.companyName }),
  textColumn({ key: 'title', header: 'Job title', minWidth: 120, grow: 1.1, text: (row) => row.title }),
  textColumn({
    key: 'email',
    header: 'Email',
    minWidth: 160,
    grow: 1.4,
    text: (row) => row.email,
    dimmed: true,
  }),
  textColumn({
    key: 'source',
    header: 'Source',
    minWidth: 124,
    grow: 0.8,
    text: (row) => row.source && sourceLabel(row.source),
  }),
  {
    key: 'status',
    header: 'Status',
    minWidth: 120,
    grow: 0.8,
    render: (row) => <StatusBadge status={row.status} />,
  },
  textColumn({
    key: 'updated',
    header: 'Updated',
    minWidth: 110,
    grow: 0.7,
    text: (row) => formatCalendarDate(row.updatedAt.slice(0, 10)),
    dimmed: true,
    numeric: true,
  }),
];
