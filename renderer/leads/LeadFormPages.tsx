import { useParams } from 'react-router';
import { QueryState } from '../records/QueryState';
import { LeadForm } from './LeadForm';
import { useLead } from './lead-queries';

export const NewLeadPage = () => <LeadForm />;

export const EditLeadPage = () => {
  const id = Number(useParams().id);
  const { data, error } = useLead(id);
  if (data) return <LeadForm key={data.id} lead={data} />;
  return <QueryState error={error} noun="Lead" back={{ label: 'Back to leads', to: '/leads' }} />;
};
