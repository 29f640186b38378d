import { RecordRoute } from '../records/RecordRoute';
import { CompanyForm } from './CompanyForm';
import { useCompany } from './company-queries';

export const NewCompanyPage = () => <CompanyForm />;

export const EditCompanyPage = () => (
  <RecordRoute useRecord={useCompany} noun="Company" back={{ label: 'Back to companies', to: '/companies' }}>
    {(company) => <CompanyForm key={company.id} company={company} />}
  </RecordRoute>
);
