import { useSearchParams } from 'react-router';
import { idParam, RecordRoute } from '../records/RecordRoute';
import { ContactForm } from './ContactForm';
import { useContact } from './contact-queries';

export const NewContactPage = () => {
  const [params] = useSearchParams();
  return <ContactForm companyId={idParam(params.get('companyId'))} />;
};

export const EditContactPage = () => (
  // Keyed by record so the form starts from the saved values once they have loaded.
  <RecordRoute useRecord={useContact} noun="Contact" back={{ label: 'Back to contacts', to: '/contacts' }}>
    {(contact) => <ContactForm key={contact.id} contact={contact} />}
  </RecordRoute>
);
