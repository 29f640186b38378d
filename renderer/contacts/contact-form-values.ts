import {
  blankContact,
  type Contact,
  type ContactCreateInput,
  type ContactFields,
} from '../../shared/contacts';
import { fieldMapper, type PreparedInput, withoutBlanks } from '../forms/form-errors';

/** The form keeps the company as the select's string value and always shows at least one email and phone row. */
type ContactFormValues = Omit<ContactFields, 'companyId'> & { companyId: string | null };

const atLeastOneRow = (values: string[]) => (values.length > 0 ? [...values] : ['']);

export const contactFormValues = (
  contact: Contact | undefined,
  companyId: number | null,
): ContactFormValues => {
  const fields = contact ?? { ...blankContact, companyId };
  return {
    firstName: fields.firstName,
    lastName: fields.lastName,
    title: fields.title,
    companyId: fields.companyId === null ? null : String(fields.companyId),
    emails: atLeastOneRow(fields.emails),
    phones: atLeastOneRow(fields.phones),
    tags: [...fields.tags],
    notes: fields.notes,
    address: { ...fields.address },
  };
};

export const prepareContact = (values: ContactFormValues): PreparedInput<ContactCreateInput> => {
  const emails = withoutBlanks(values.emails);
  const phones = withoutBlanks(values.phones);
  return {
    input: {
      firstName: values.firstName,
      lastName: values.lastName,
      title: values.title,
      companyId: values.companyId ? Number(values.companyId) : null,
      emails: emails.values,
      phones: phones.values,
      tags: values.tags,
      notes: values.notes,
      address: values.address,
    },
    fieldOf: fieldMapper({ emails: emails.rows, phones: phones.rows }),
  };
};
