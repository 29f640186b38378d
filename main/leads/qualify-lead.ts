import { type Kysely, sql } from 'kysely';
import type { Lead, LeadQualifyInput, QualifiedLead } from '../../shared/leads';
import { leadDisplayName } from '../../shared/leads';
import type { AppContext } from '../app-context';
import { insertCompany } from '../companies/companies.service';
import { insertContact } from '../contacts/contacts.service';
import type { Database } from '../db/schema';
import { write } from '../db/write';
import { insertDeal } from '../deals/deals.service';
import { AppError } from '../ipc/app-error';
import { getLead } from './leads.service';
import { rescoreLeadsAbout } from './rescore';

/** The lead's company: the linked one, else one of the same name, else a new one. */
const companyFor = async (db: Kysely<Database>, lead: Lead, now: string) => {
  if (lead.companyId) return lead.companyId;
  if (!lead.companyName) return null;
  const existing = await db
    .selectFrom('companies')
    .select('id')
    .where(sql<boolean>`name = ${lead.companyName} COLLATE NOCASE`)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
  return existing?.id ?? (await insertCompany(db, { name: lead.companyName }, now));
};

/** The lead's person: the linked contact, else one with the same email, else a new one. */
const contactFor = async (db: Kysely<Database>, lead: Lead, companyId: number | null, now: string) => {
  if (lead.contactId) return lead.contactId;
  if (!lead.firstName && !lead.lastName && !lead.email) return null;
  if (lead.email) {
    const existing = await db
      .selectFrom('contacts as c')
      .select('c.id')
      .where(
        sql<boolean>`EXISTS (SELECT 1 FROM json_each(c.emails) WHERE lower(value) = lower(${lead.email}))`,
      )
      .where('c.archived_at', 'is', null)
      .executeTakeFirst();
    if (existing) return existing.id;
  }
  return insertContact(
    db,
    {
      firstName: lead.firstName || lead.email.split('@')[0] || 'Unknown',
      lastName: lead.lastName,
      title: lead.title,
      companyId,
      emails: lead.email ? [lead.email] : [],
      phones: lead.phone ? [lead.phone] : [],
    },
    now,
  );
};

/**
 * One step from lead to deal: the contact and company are found or created, the deal starts in the
 * pipeline's first stage, and the lead's activities are linked to the person and company so its
 * history carries through to the deal and, once won, the account.
 */
export const qualifyLead = (ctx: AppContext, input: LeadQualifyInput): Promise<QualifiedLead> =>
  write(ctx, ['leads', 'deals', 'contacts', 'companies', 'activities'], async (trx) => {
    const lead = await getLead(trx, input.id);
    if (lead.status === 'qualified')
      throw new AppError('conflict', 'This lead is already qualified into a deal');
    const now = ctx.clock().toISOString();
    const companyId = await companyFor(trx, lead, now);
    const contactId = await contactFor(trx, lead, companyId, now);
    const dealId = await insertDeal(
      trx,
      {
        title: input.dealTitle || `${lead.companyName || leadDisplayName(lead)} deal`,
        companyId,
        contactIds: contactId ? [contactId] : [],
        valueMinor: input.valueMinor,
        currency: input.currency,
        pipelineId: input.pipelineId,
        leadId: lead.id,
      },
      now,
    );
    await trx
      .updateTable('leads')
      .set({
        status: 'qualified',
        contact_id: contactId,
        company_id: companyId,
        deal_id: dealId,
        updated_at: now,
      })
      .where('id', '=', lead.id)
      .execute();
    await trx
      .updateTable('activities')
      .set((eb) => ({
        contact_id: eb.fn.coalesce('contact_id', eb.val(contactId)),
        company_id: eb.fn.coalesce('company_id', eb.val(companyId)),
      }))
      .where('lead_id', '=', lead.id)
      .execute();
    await rescoreLeadsAbout(trx, { leadIds: [lead.id] }, ctx.clock());
    return { lead: await getLead(trx, lead.id), dealId, contactId, companyId };
  });
