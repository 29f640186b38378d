import { IconBuilding } from '@tabler/icons-react';
import type { CompanyRow } from '../../shared/companies';
import { invoke } from '../lib/rpc';
import { RecordListPage } from '../lists/RecordListPage';
import { AddToListActions } from '../saved-lists/AddToListActions';
import { useRowSelection } from '../saved-lists/use-row-selection';
import { companyColumns, companyPath } from './company-columns';

export const CompaniesPage = () => {
  const selection = useRowSelection<CompanyRow>('companies', (row) => row.name);
  return (
    <RecordListPage
      list="companies"
      title="Companies"
      noun="company"
      plural="companies"
      icon={IconBuilding}
      emptyHint="Add the organisations you work for and with, then file their people under them."
      columns={[selection.column, ...companyColumns]}
      hrefOf={companyPath}
      fetchPage={(filter, offset, limit) => invoke('companies.list', { ...filter, offset, limit })}
      actions={
        <AddToListActions
          kind="companies"
          noun="company"
          plural="companies"
          selectedIds={selection.ids}
          clearSelection={selection.clear}
        />
      }
    />
  );
};
