import type { Generated } from 'kysely';
import type { PaymentMethod } from './invoicing-schema';
import type { ColumnNullability } from './schema';

/** The table of migration 0010; its new columns on invoices live in invoicing-schema.ts. */
export interface CreditNoteTables {
  credit_applications: CreditApplicationsTable;
}

export type CreditApplicationKind = 'reduce' | 'refund' | 'apply';

export interface CreditApplicationsTable {
  id: Generated<number>;
  credit_note_id: number;
  /** The corrected invoice for 'reduce' and 'refund'; a later invoice of the same account for 'apply'. */
  invoice_id: number;
  kind: CreditApplicationKind;
  amount_minor: number;
  /** How the money went back; refunds only. */
  method: PaymentMethod | null;
  applied_on: string;
  created_at: string;
}

export const creditNoteColumns: {
  [Table in keyof CreditNoteTables]: ColumnNullability<CreditNoteTables[Table]>;
} = {
  credit_applications: {
    id: 'not null',
    credit_note_id: 'not null',
    invoice_id: 'not null',
    kind: 'not null',
    amount_minor: 'not null',
    method: 'nullable',
    applied_on: 'not null',
    created_at: 'not null',
  },
};
