import { blankCompany, type CompanyFields, companyFields } from '../../shared/companies';
import { emptyAddress } from '../../shared/fields';
import { addressOf, mergeAddress } from './address-cells';
import { wholeNumber } from './cell-values';
import { openCompanyDirectory } from './company-directory';
import { faultFrom, type Importer, type ImporterOptions, lowerCase, sameFields, unionBy } from './importer';

/** Fills what the company lacks and adds new tags. */
const mergeCompany = (current: CompanyFields, incoming: CompanyFields): CompanyFields => ({
  name: current.name || incoming.name,
  website: current.website || incoming.website,
  email: current.email || incoming.email,
  phone: current.phone || incoming.phone,
  taxId: current.taxId || incoming.taxId,
  industry: current.industry || incoming.industry,
  employeeCount: current.employeeCount ?? incoming.employeeCount,
  tags: unionBy(current.tags, incoming.tags, lowerCase),
  notes: current.notes || incoming.notes,
  address: mergeAddress(current.address, incoming.address),
});

const toFields = (parsed: ReturnType<typeof companyFields.parse>): CompanyFields => ({
  ...blankCompany,
  ...parsed,
  address: parsed.address ?? emptyAddress,
});

/**
 * Companies: duplicates are found by website domain (example.com for https://www.example.com/about)
 * or, failing that, by the same name ignoring case, among the workspace and earlier rows of the file.
 */
export const openCompanyImporter = async ({ trx, now, dedupe }: ImporterOptions): Promise<Importer> => {
  const directory = await openCompanyDirectory(trx, now);
  return {
    importRow: async (row) => {
      const employees = row.one('employeeCount');
      const employeeCount = employees === '' ? null : wholeNumber(employees);
      if (employeeCount === undefined) {
        return { column: row.columnOf('employeeCount'), message: 'Use a whole number such as 40' };
      }
      const parsed = companyFields.safeParse({
        name: row.one('name'),
        website: row.one('website'),
        email: row.one('email'),
        phone: row.one('phone'),
        taxId: row.one('taxId'),
        industry: row.one('industry'),
        employeeCount,
        tags: row.many('tags').map((item) => item.value),
        notes: row.one('notes'),
        address: addressOf(row),
      });
      const columnFor = ([field, part]: readonly PropertyKey[]) =>
        row.columnOf(String(field === 'address' ? part : field));
      if (!parsed.success) return faultFrom(parsed.error, columnFor);
      const fields = toFields(parsed.data);

      const existingId = dedupe === 'create' ? undefined : directory.match(fields);
      if (existingId === undefined) {
        directory.remember(directory.store.create(fields), fields);
        return 'created';
      }
      if (dedupe === 'skip') return 'skipped';
      const current = await directory.store.load(existingId);
      const merged = companyFields.safeParse(mergeCompany(current, fields));
      if (!merged.success) return faultFrom(merged.error, columnFor);
      const result = toFields(merged.data);
      if (!sameFields(current, result)) directory.store.update(existingId, result);
      directory.remember(existingId, result);
      return 'merged';
    },
    flush: () => directory.store.flush(),
    companiesCreated: () => 0,
  };
};
