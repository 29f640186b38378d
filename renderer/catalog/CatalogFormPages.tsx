import { RecordRoute } from '../records/RecordRoute';
import { CatalogItemForm } from './CatalogItemForm';
import { useCatalogItem } from './catalog-queries';

export const NewCatalogItemPage = () => <CatalogItemForm />;

export const EditCatalogItemPage = () => (
  // Keyed by item so the form starts from the saved values once they have loaded.
  <RecordRoute
    useRecord={useCatalogItem}
    noun="Catalog item"
    back={{ label: 'Back to the catalog', to: '/catalog' }}
  >
    {(item) => <CatalogItemForm key={item.id} item={item} />}
  </RecordRoute>
);
