import { useParams } from 'react-router';
import { QueryState } from '../records/QueryState';
import { CompanyForm } from './CompanyForm';
import { useCompany } from './company-queries';

export const NewCompanyPage = () => <CompanyForm />;

export const EditCompanyPage = () => {
  const id = Number(useParams().id);
  const { data, error } = useCompany(id);
  if (data) return <CompanyForm key={data.id} company={data} />;
  return <QueryState error={error} noun="Company" back={{ label: 'Back to companies', to: '/companies' }} />;
};
