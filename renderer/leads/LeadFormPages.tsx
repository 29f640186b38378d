import { RecordRoute } from '../records/RecordRoute';
import { LeadForm } from './LeadForm';
import { useLead } from './lead-queries';

export const NewLeadPage = () => <LeadForm />;

export const EditLeadPage = () => (
  <RecordRoute useRecord={useLead} noun="Lead" back={{ label: 'Back to leads', to: '/leads' }}>
    {(lead) => <LeadForm key={lead.id} lead={lead} />}
  </RecordRoute>
);
