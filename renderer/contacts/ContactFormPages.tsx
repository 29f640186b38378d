import { useParams, useSearchParams } from 'react-router';
import { QueryState } from '../records/QueryState';
import { ContactForm } from './ContactForm';
import { useContact } from './contact-queries';

export const NewContactPage = () => {
  const [params] = useSearchParams();
  const companyId = Number(params.get('companyId'));
  return <ContactForm companyId={Number.isSafeInteger(companyId) && companyId > 0 ? companyId : null} />;
};

export const EditContactPage = () => {
  const id = Number(useParams().id);
  const { data, error } = useContact(id);
  // Keyed by record so the form starts from the saved values once they have loaded.
  if (data) return <ContactForm key={data.id} contact={data} />;
  return <QueryState error={error} noun="Contact" back={{ label: 'Back to contacts', to: '/contacts' }} />;
};
