import type { ColumnType, Generated, Selectable } from 'kysely';
import { type CreditNoteTables, creditNoteColumns } from './credit-notes-schema';
import { type EmailTables, emailColumns } from './email-schema';
import { type EstimateTables, estimateColumns } from './estimates-schema';
import { type InvoicingTables, invoicingColumns } from './invoicing-schema';
import { type RecurringTables, recurringColumns } from './recurring-schema';
import { type ReminderTables, reminderColumns } from './reminders-schema';

/** Kysely's view of the database: one place, checked against the migrated schema by schema.test.ts. */
export interface Database
  extends InvoicingTables,
    EstimateTables,
    CreditNoteTables,
    RecurringTables,
    EmailTables,
    ReminderTables {
  companies: CompaniesTable;
  contacts: ContactsTable;
  settings: SettingsTable;
  pipelines: PipelinesTable;
  pipeline_stages: PipelineStagesTable;
  accounts: AccountsTable;
  leads: LeadsTable;
  deals: DealsTable;
  deal_contacts: DealContactsTable;
  deal_line_items: DealLineItemsTable;
  deal_stage_changes: DealStageChangesTable;
  activities: ActivitiesTable;
  lists: ListsTable;
  list_members: ListMembersTable;
  scoring_rules: ScoringRulesTable;
  currency_rates: CurrencyRatesTable;
}

interface AddressColumns {
  address_line1: string;
  address_line2: string;
  city: string;
  postal_code: string;
  region: string;
  country: string;
}

interface Timestamps {
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

export interface CompaniesTable extends AddressColumns, Timestamps {
  id: Generated<number>;
  name: string;
  website: string;
  email: string;
  phone: string;
  tax_id: string;
  industry: string;
  employee_count: number | null;
  /** JSON array of strings. */
  tags: string;
  notes: string;
}

export interface ContactsTable extends AddressColumns, Timestamps {
  id: Generated<number>;
  first_name: string;
  last_name: string;
  title: string;
  company_id: number | null;
  /** JSON arrays of strings. */
  emails: string;
  phones: string;
  tags: string;
  notes: string;
}

export interface SettingsTable {
  key: string;
  /** JSON. */
  value: string;
}

export interface PipelinesTable extends Timestamps {
  id: Generated<number>;
  name: string;
  position: number;
  is_default: Generated<0 | 1>;
}

export type StageOutcome = 'open' | 'won' | 'lost';

export interface PipelineStagesTable {
  id: Generated<number>;
  pipeline_id: number;
  name: string;
  position: number;
  /** Win probability in whole percent. */
  probability: number;
  outcome: Generated<StageOutcome>;
  archived_at: string | null;
}

export type AccountStatus = 'active' | 'at_risk' | 'churned';

export interface AccountsTable {
  id: Generated<number>;
  company_id: number;
  status: Generated<AccountStatus>;
  /** Dates are ISO yyyy-mm-dd. */
  since: string;
  renewal_date: string | null;
  owner_notes: Generated<string>;
  created_at: string;
  updated_at: string;
}

export type LeadStatus = 'new' | 'contacted' | 'qualified' | 'disqualified';

export interface LeadsTable extends Timestamps {
  id: Generated<number>;
  first_name: Generated<string>;
  last_name: Generated<string>;
  email: Generated<string>;
  phone: Generated<string>;
  title: Generated<string>;
  company_name: Generated<string>;
  contact_id: number | null;
  company_id: number | null;
  source: Generated<string>;
  status: Generated<LeadStatus>;
  disqualify_reason: Generated<string>;
  score: Generated<number>;
  /** JSON array of the rules that scored, with their points. */
  score_breakdown: Generated<string>;
  deal_id: number | null;
  notes: Generated<string>;
}

export interface DealsTable extends Timestamps {
  id: Generated<number>;
  title: string;
  pipeline_id: number;
  stage_id: number;
  company_id: number | null;
  account_id: number | null;
  lead_id: number | null;
  value_minor: Generated<number>;
  currency: string;
  expected_close_date: string | null;
  next_step: Generated<string>;
  close_reason: Generated<string>;
  closed_at: string | null;
  position: Generated<number>;
}

export interface DealContactsTable {
  deal_id: number;
  contact_id: number;
}

export interface DealLineItemsTable {
  id: Generated<number>;
  deal_id: number;
  position: number;
  description: string;
  /** An exact decimal such as "1.5". */
  quantity: string;
  unit_price_minor: number;
  catalog_item_id: number | null;
  /** "hour", "day", "month", "" for fixed, or a custom word. */
  unit: Generated<string>;
  tax_rate_id: number | null;
}

export type StageChangeKind = 'created' | 'moved' | 'won' | 'lost' | 'reopened';

export interface DealStageChangesTable {
  id: Generated<number>;
  deal_id: number;
  kind: StageChangeKind;
  from_stage_id: number | null;
  to_stage_id: number;
  reason: Generated<string>;
  changed_at: string;
}

export type ActivityKind = 'note' | 'call' | 'meeting' | 'email' | 'task';

export interface ActivitiesTable extends Timestamps {
  id: Generated<number>;
  kind: ActivityKind;
  subject: Generated<string>;
  body: Generated<string>;
  occurred_at: string;
  due_date: string | null;
  done_at: string | null;
  direction: 'inbound' | 'outbound' | null;
  contact_id: number | null;
  company_id: number | null;
  lead_id: number | null;
  deal_id: number | null;
  account_id: number | null;
  invoice_id: number | null;
}

export interface ListsTable extends Timestamps {
  id: Generated<number>;
  name: string;
  record_kind: 'contacts' | 'companies';
  /** JSON filter for a smart list; null for a static list. */
  filter: string | null;
}

export interface ListMembersTable {
  list_id: number;
  record_id: number;
  added_at: string;
}

export interface ScoringRulesTable {
  id: Generated<number>;
  category: 'fit' | 'engagement';
  attribute: string;
  value: string;
  points: number;
  position: number;
  enabled: Generated<0 | 1>;
}

export interface CurrencyRatesTable {
  currency: string;
  /** Units of the base currency for one unit of `currency`, as an exact decimal. */
  rate: string;
  updated_at: string;
}

export type CompanyRecord = Selectable<CompaniesTable>;
export type ContactRecord = Selectable<ContactsTable>;

type Unwrap<T> = T extends ColumnType<infer S, unknown, unknown> ? S : T;

/** Whether each column may hold NULL, derived so the compiler keeps this list in step with the types. */
export type ColumnNullability<Table> = {
  [Column in keyof Table]-?: null extends Unwrap<Table[Column]> ? 'nullable' : 'not null';
};

const address = {
  address_line1: 'not null',
  address_line2: 'not null',
  city: 'not null',
  postal_code: 'not null',
  region: 'not null',
  country: 'not null',
} as const;

const timestamps = { created_at: 'not null', updated_at: 'not null', archived_at: 'nullable' } as const;

export const declaredColumns: { [Table in keyof Database]: ColumnNullability<Database[Table]> } = {
  companies: {
    id: 'not null',
    name: 'not null',
    website: 'not null',
    email: 'not null',
    phone: 'not null',
    tax_id: 'not null',
    industry: 'not null',
    employee_count: 'nullable',
    tags: 'not null',
    notes: 'not null',
    ...address,
    ...timestamps,
  },
  contacts: {
    id: 'not null',
    first_name: 'not null',
    last_name: 'not null',
    title: 'not null',
    company_id: 'nullable',
    emails: 'not null',
    phones: 'not null',
    tags: 'not null',
    notes: 'not null',
    ...address,
    ...timestamps,
  },
  settings: { key: 'not null', value: 'not null' },
  pipelines: {
    id: 'not null',
    name: 'not null',
    position: 'not null',
    is_default: 'not null',
    ...timestamps,
  },
  pipeline_stages: {
    id: 'not null',
    pipeline_id: 'not null',
    name: 'not null',
    position: 'not null',
    probability: 'not null',
    outcome: 'not null',
    archived_at: 'nullable',
  },
  accounts: {
    id: 'not null',
    company_id: 'not null',
    status: 'not null',
    since: 'not null',
    renewal_date: 'nullable',
    owner_notes: 'not null',
    created_at: 'not null',
    updated_at: 'not null',
  },
  leads: {
    id: 'not null',
    first_name: 'not null',
    last_name: 'not null',
    email: 'not null',
    phone: 'not null',
    title: 'not null',
    company_name: 'not null',
    contact_id: 'nullable',
    company_id: 'nullable',
    source: 'not null',
    status: 'not null',
    disqualify_reason: 'not null',
    score: 'not null',
    score_breakdown: 'not null',
    deal_id: 'nullable',
    notes: 'not null',
    ...timestamps,
  },
  deals: {
    id: 'not null',
    title: 'not null',
    pipeline_id: 'not null',
    stage_id: 'not null',
    company_id: 'nullable',
    account_id: 'nullable',
    lead_id: 'nullable',
    value_minor: 'not null',
    currency: 'not null',
    expected_close_date: 'nullable',
    next_step: 'not null',
    close_reason: 'not null',
    closed_at: 'nullable',
    position: 'not null',
    ...timestamps,
  },
  deal_contacts: { deal_id: 'not null', contact_id: 'not null' },
  deal_line_items: {
    id: 'not null',
    deal_id: 'not null',
    position: 'not null',
    description: 'not null',
    quantity: 'not null',
    unit_price_minor: 'not null',
    catalog_item_id: 'nullable',
    unit: 'not null',
    tax_rate_id: 'nullable',
  },
  deal_stage_changes: {
    id: 'not null',
    deal_id: 'not null',
    kind: 'not null',
    from_stage_id: 'nullable',
    to_stage_id: 'not null',
    reason: 'not null',
    changed_at: 'not null',
  },
  activities: {
    id: 'not null',
    kind: 'not null',
    subject: 'not null',
    body: 'not null',
    occurred_at: 'not null',
    due_date: 'nullable',
    done_at: 'nullable',
    direction: 'nullable',
    contact_id: 'nullable',
    company_id: 'nullable',
    lead_id: 'nullable',
    deal_id: 'nullable',
    account_id: 'nullable',
    invoice_id: 'nullable',
    ...timestamps,
  },
  lists: { id: 'not null', name: 'not null', record_kind: 'not null', filter: 'nullable', ...timestamps },
  list_members: { list_id: 'not null', record_id: 'not null', added_at: 'not null' },
  scoring_rules: {
    id: 'not null',
    category: 'not null',
    attribute: 'not null',
    value: 'not null',
    points: 'not null',
    position: 'not null',
    enabled: 'not null',
  },
  currency_rates: { currency: 'not null', rate: 'not null', updated_at: 'not null' },
  ...invoicingColumns,
  ...estimateColumns,
  ...recurringColumns,
  ...emailColumns,
  ...reminderColumns,
  ...creditNoteColumns,
};
