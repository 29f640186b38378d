import { IconBuilding } from '@tabler/icons-react';
import { invoke } from '../lib/rpc';
import { RecordListPage } from '../lists/RecordListPage';
import { companyColumns, companyPath } from './company-columns';

export const CompaniesPage = () => (
  <RecordListPage
    list="companies"
    title="Companies"
    noun="company"
    plural="companies"
    icon={IconBuilding}
    emptyHint="Add the organisations you work for and with, then file their people under them."
    columns={companyColumns}
    hrefOf={companyPath}
    fetchPage={(filter, offset, limit) => invoke('companies.list', { ...filter, offset, limit })}
  />
);
