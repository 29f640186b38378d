import {
  blankCompany,
  type Company,
  type CompanyCreateInput,
  type CompanyFields,
} from '../../shared/companies';
import { fieldMapper, type PreparedInput } from '../forms/form-errors';

/** NumberInput reports an empty field as '', which the contract spells null. */
type CompanyFormValues = Omit<CompanyFields, 'employeeCount'> & { employeeCount: number | string };

export const companyFormValues = (company: Company | undefined): CompanyFormValues => {
  const fields = company ?? blankCompany;
  return {
    name: fields.name,
    website: fields.website,
    email: fields.email,
    phone: fields.phone,
    taxId: fields.taxId,
    industry: fields.industry,
    employeeCount: fields.employeeCount ?? '',
    tags: [...fields.tags],
    notes: fields.notes,
    address: { ...fields.address },
  };
};

export const prepareCompany = (values: CompanyFormValues): PreparedInput<CompanyCreateInput> => ({
  input: { ...values, employeeCount: typeof values.employeeCount === 'number' ? values.employeeCount : null },
  fieldOf: fieldMapper({}),
});
