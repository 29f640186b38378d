import type { ImportKind } from '../../shared/imports';

interface KindText {
  label: string;
  noun: string;
  plural: string;
  /** The list the imported records land in. */
  path: string;
  /** What counts as "already there", or null when every row is added. */
  duplicateRule: string | null;
}

export const kindTexts: Record<ImportKind, KindText> = {
  contacts: {
    label: 'Contacts',
    noun: 'contact',
    plural: 'contacts',
    path: '/contacts',
    duplicateRule:
      'A row matches a contact with one of its email addresses, in your workspace or earlier in the file.',
  },
  companies: {
    label: 'Companies',
    noun: 'company',
    plural: 'companies',
    path: '/companies',
    duplicateRule: 'A row matches a company with the same website domain or, without one, the same name.',
  },
  deals: { label: 'Deals', noun: 'deal', plural: 'deals', path: '/deals', duplicateRule: null },
};
