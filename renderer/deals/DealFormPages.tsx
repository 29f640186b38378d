import { useSearchParams } from 'react-router';
import { idParam, RecordRoute } from '../records/RecordRoute';
import { DealForm } from './DealForm';
import { useDeal } from './deal-queries';

export const NewDealPage = () => {
  const [params] = useSearchParams();
  return <DealForm stageId={idParam(params.get('stageId'))} companyId={idParam(params.get('companyId'))} />;
};

export const EditDealPage = () => (
  <RecordRoute useRecord={useDeal} noun="Deal" back={{ label: 'Back to deals', to: '/deals' }}>
    {(deal) => <DealForm key={deal.id} deal={deal} />}
  </RecordRoute>
);
