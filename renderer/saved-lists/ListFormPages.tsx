import { useParams, useSearchParams } from 'react-router';
import { QueryState } from '../records/QueryState';
import { ListForm } from './ListForm';
import { useSavedList } from './list-queries';

export const NewListPage = () => {
  const [params] = useSearchParams();
  return <ListForm recordKind={params.get('kind') === 'companies' ? 'companies' : 'contacts'} />;
};

export const EditListPage = () => {
  const id = Number(useParams().id);
  const { data, error } = useSavedList(id);
  // Keyed by list so the form starts from the saved values once they have loaded.
  if (data) return <ListForm key={data.id} list={data} />;
  return <QueryState error={error} noun="List" back={{ label: 'Back to lists', to: '/lists' }} />;
};
