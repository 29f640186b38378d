import { useParams, useSearchParams } from 'react-router';
import { QueryState } from '../records/QueryState';
import { DealForm } from './DealForm';
import { useDeal } from './deal-queries';

const idParam = (value: string | null) => {
  const id = Number(value);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
};

export const NewDealPage = () => {
  const [params] = useSearchParams();
  return <DealForm stageId={idParam(params.get('stageId'))} companyId={idParam(params.get('companyId'))} />;
};

export const EditDealPage = () => {
  const id = Number(useParams().id);
  const { data, error } = useDeal(id);
  if (data) return <DealForm key={data.id} deal={data} />;
  return <QueryState error={error} noun="Deal" back={{ label: 'Back to deals', to: '/deals' }} />;
};
