import { type Lead, type LeadCreateInput, leadSources } from '../../shared/leads';
import { fieldMapper, type PreparedInput } from '../forms/form-errors';

export interface LeadFormValues extends Record<string, unknown> {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  title: string;
  companyName: string;
  companyId: number | null;
  source: string | null;
  notes: string;
}

export const leadFormValues = (lead: Lead | undefined): LeadFormValues => ({
  firstName: lead?.firstName ?? '',
  lastName: lead?.lastName ?? '',
  email: lead?.email ?? '',
  phone: lead?.phone ?? '',
  title: lead?.title ?? '',
  companyName: lead?.companyName ?? '',
  companyId: lead?.companyId ?? null,
  source: lead?.source || null,
  notes: lead?.notes ?? '',
});

const sourceNames: Record<string, string> = { linkedin: 'LinkedIn' };

/** A source as people write it: "Cold outreach", "LinkedIn". */
export const sourceLabel = (source: string) =>
  sourceNames[source] ?? source.charAt(0).toUpperCase() + source.slice(1);

/** The sources a lead can come from, plus whatever an older or imported lead already says. */
export const sourceOptions = (current: string | null) => {
  const known: string[] = [...leadSources];
  const all = current && !known.includes(current) ? [...known, current] : known;
  return all.map((value) => ({ value, label: sourceLabel(value) }));
};

export const prepareLead = (values: LeadFormValues): PreparedInput<LeadCreateInput> => ({
  input: { ...values, source: values.source ?? '' },
  fieldOf: fieldMapper({}),
});
