import { describe, expect, it } from 'vitest';
import { suggestMapping } from './suggest-mapping';

describe('suggested column mapping', () => {
  it('matches headers to contact fields ignoring case, accents, spaces and punctuation', () => {
    expect(
      suggestMapping('contacts', [
        'FIRST NAME',
        'last_name',
        'E-Mail',
        'Work email',
        'Téléphone',
        'Phone',
        'Position',
        'Organisation',
        'Tags',
        'Zip',
        'Town',
        'Country',
        'Favourite colour',
      ]),
    ).toEqual([
      'firstName',
      'lastName',
      'email',
      'email',
      'phone',
      'phone',
      'title',
      'company',
      'tags',
      'postalCode',
      'city',
      'country',
      null,
    ]);
  });

  it('offers a single-value field to the first column naming it only', () => {
    expect(suggestMapping('contacts', ['Title', 'Job title', 'Name'])).toEqual(['title', null, 'fullName']);
  });

  it('reads the same header as different fields for different kinds', () => {
    expect(suggestMapping('companies', ['Name', 'Web site', 'VAT', 'Employees', 'E-mail'])).toEqual([
      'name',
      'website',
      'taxId',
      'employeeCount',
      'email',
    ]);
    expect(
      suggestMapping('deals', [
        'Deal name',
        'Company',
        'Amount',
        'Currency',
        'Stage',
        'Close date',
        'Next step',
      ]),
    ).toEqual(['title', 'company', 'value', 'currency', 'stage', 'expectedClose', 'nextStep']);
  });
});
