import type { Generated } from 'kysely';
import type { StoredEstimateStatus } from '../../shared/estimates';
import type { ColumnNullability } from './schema';

/** The estimate tables of migration 0009; schema.ts merges them into Database. */
export interface EstimateTables {
  estimates: EstimatesTable;
  estimate_recipients: EstimateRecipientsTable;
  estimate_lines: EstimateLinesTable;
  estimate_events: EstimateEventsTable;
}

export interface EstimatesTable {
  id: Generated<number>;
  status: Generated<StoredEstimateStatus>;
  series_id: number | null;
  number: string | null;
  sequence_period: string | null;
  sequence_value: number | null;
  company_id: number | null;
  account_id: number | null;
  deal_id: number | null;
  template_id: number | null;
  customer_name: Generated<string>;
  issue_date: string;
  valid_until: string;
  currency: string;
  rounding: Generated<'half-up' | 'half-even'>;
  price_mode: Generated<'net' | 'gross'>;
  discount_percent: string | null;
  discount_minor: number | null;
  notes: Generated<string>;
  terms: Generated<string>;
  footer: Generated<string>;
  /** JSON NamedTaxRate[]: the rates the lines use, live while a draft, frozen once sent. */
  tax_rates: Generated<string>;
  net_minor: Generated<number>;
  tax_minor: Generated<number>;
  total_minor: Generated<number>;
  sent_at: string | null;
  decided_at: string | null;
  decided_by: Generated<string>;
  invoice_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface EstimateRecipientsTable {
  estimate_id: number;
  contact_id: number;
  position: number;
}

export interface EstimateLinesTable {
  id: Generated<number>;
  estimate_id: number;
  position: number;
  catalog_item_id: number | null;
  description: string;
  quantity: string;
  unit: Generated<string>;
  unit_price_minor: number;
  discount_percent: string | null;
  discount_minor: number | null;
  tax_rate_id: number;
  net_minor: number;
}

export interface EstimateEventsTable {
  id: Generated<number>;
  estimate_id: number;
  kind: string;
  /** JSON object. */
  detail: Generated<string>;
  occurred_at: string;
}

export const estimateColumns: {
  [Table in keyof EstimateTables]: ColumnNullability<EstimateTables[Table]>;
} = {
  estimates: {
    id: 'not null',
    status: 'not null',
    series_id: 'nullable',
    number: 'nullable',
    sequence_period: 'nullable',
    sequence_value: 'nullable',
    company_id: 'nullable',
    account_id: 'nullable',
    deal_id: 'nullable',
    template_id: 'nullable',
    customer_name: 'not null',
    issue_date: 'not null',
    valid_until: 'not null',
    currency: 'not null',
    rounding: 'not null',
    price_mode: 'not null',
    discount_percent: 'nullable',
    discount_minor: 'nullable',
    notes: 'not null',
    terms: 'not null',
    footer: 'not null',
    tax_rates: 'not null',
    net_minor: 'not null',
    tax_minor: 'not null',
    total_minor: 'not null',
    sent_at: 'nullable',
    decided_at: 'nullable',
    decided_by: 'not null',
    invoice_id: 'nullable',
    created_at: 'not null',
    updated_at: 'not null',
  },
  estimate_recipients: { estimate_id: 'not null', contact_id: 'not null', position: 'not null' },
  estimate_lines: {
    id: 'not null',
    estimate_id: 'not null',
    position: 'not null',
    catalog_item_id: 'nullable',
    description: 'not null',
    quantity: 'not null',
    unit: 'not null',
    unit_price_minor: 'not null',
    discount_percent: 'nullable',
    discount_minor: 'nullable',
    tax_rate_id: 'not null',
    net_minor: 'not null',
  },
  estimate_events: {
    id: 'not null',
    estimate_id: 'not null',
    kind: 'not null',
    detail: 'not null',
    occurred_at: 'not null',
  },
};
