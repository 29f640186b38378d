import { type LeadRow, leadDisplayName } from '../../shared/leads';
import { formatCalendarDate } from '../activities/calendar-date';
import { CellText } from '../lists/CellText';
import type { Column } from '../lists/RecordList';
import { RowLink } from '../records/RowLink';
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
  {
    key: 'name',
    header: 'Name',
    minWidth: 190,
    grow: 1.7,
    render: (row) => (
      <RowLink
        to={leadPath(row)}
        name={leadDisplayName(row)}
        archived={row.archivedAt !== null}
        shape="person"
      />
    ),
  },
  {
    key: 'company',
    header: 'Company',
    minWidth: 130,
    grow: 1.3,
    render: (row) => <CellText>{row.companyName}</CellText>,
  },
  {
    key: 'title',
    header: 'Job title',
    minWidth: 120,
    grow: 1.1,
    render: (row) => <CellText>{row.title}</CellText>,
  },
  {
    key: 'email',
    header: 'Email',
    minWidth: 160,
    grow: 1.4,
    render: (row) => <CellText dimmed>{row.email}</CellText>,
  },
  {
    key: 'source',
    header: 'Source',
    minWidth: 124,
    grow: 0.8,
    render: (row) => <CellText>{row.source && sourceLabel(row.source)}</CellText>,
  },
  {
    key: 'status',
    header: 'Status',
    minWidth: 120,
    grow: 0.8,
    render: (row) => <StatusBadge status={row.status} />,
  },
  {
    key: 'updated',
    header: 'Updated',
    minWidth: 110,
    grow: 0.7,
    render: (row) => (
      <CellText dimmed numeric>
        {formatCalendarDate(row.updatedAt.slice(0, 10))}
      </CellText>
    ),
  },
];
