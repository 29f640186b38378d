import type { Kysely } from 'kysely';
import { emptyAddress } from '../../shared/fields';
import type { DocumentParty } from '../../shared/invoice-document';
import type { WorkspaceProfile } from '../../shared/profile';
import { addressFromColumns } from '../db/columns';
import type { Database } from '../db/schema';

export type Seller = DocumentParty & { bankDetails: string };
export type Buyer = DocumentParty & { attention: string[] };

export const sellerOf = (profile: WorkspaceProfile): Seller => ({
  name: profile.legalName,
  address: profile.address,
  taxId: profile.taxId,
  email: profile.email,
  phone: profile.phone,
  bankDetails: profile.bankDetails,
});

/** The customer as the company and the recipients are now: printed live on drafts, frozen at issue. */
export const buyerOf = async (
  db: Kysely<Database>,
  companyId: number | null,
  contactIds: readonly number[],
): Promise<Buyer> => {
  const [company, contacts] = await Promise.all([
    companyId === null
      ? undefined
      : db.selectFrom('companies').selectAll().where('id', '=', companyId).executeTakeFirst(),
    contactIds.length === 0
      ? []
      : db
          .selectFrom('contacts')
          .select(['id', 'first_name', 'last_name'])
          .where('id', 'in', [...contactIds])
          .execute(),
  ]);
  const nameOf = new Map(contacts.map((c) => [c.id, `${c.first_name} ${c.last_name}`.trim()]));
  return {
    name: company?.name ?? '',
    address: company ? addressFromColumns(company) : emptyAddress,
    taxId: company?.tax_id ?? '',
    email: company?.email ?? '',
    phone: company?.phone ?? '',
    attention: contactIds.flatMap((id) => nameOf.get(id) ?? []).filter((name) => name !== ''),
  };
};
