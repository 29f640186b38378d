import { useSearchParams } from 'react-router';
import { RecordRoute } from '../records/RecordRoute';
import { ListForm } from './ListForm';
import { useSavedList } from './list-queries';

export const NewListPage = () => {
  const [params] = useSearchParams();
  return <ListForm recordKind={params.get('kind') === 'companies' ? 'companies' : 'contacts'} />;
};

export const EditListPage = () => (
  // Keyed by list so the form starts from the saved values once they have loaded.
  <RecordRoute useRecord={useSavedList} noun="List" back={{ label: 'Back to lists', to: '/lists' }}>
    {(list) => <ListForm key={list.id} list={list} />}
  </RecordRoute>
);
