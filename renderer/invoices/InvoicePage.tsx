import { useEffect, useState } from 'react';
import type { Invoice } from '../../shared/invoices';
import { PageLoader } from '../records/QueryState';
import { RecordRoute } from '../records/RecordRoute';
import { DraftEditor } from './draft/DraftEditor';
import { saveInFlight } from './draft/use-draft-autosave';
import { useInvoice } from './invoice-queries';
import { IssuedInvoiceView } from './issued/IssuedInvoiceView';

/** A draft left a moment ago may still be saving; the editor starts from what that save returns. */
const Draft = ({ invoice }: { invoice: Invoice }) => {
  const [saving, setSaving] = useState(() => saveInFlight(invoice.id));
  useEffect(() => {
    let current = true;
    void saving?.finally(() => current && setSaving(undefined));
    return () => {
      current = false;
    };
  }, [saving]);
  if (saving) return <PageLoader label="Loading the draft" />;
  return <DraftEditor key={invoice.id} invoice={invoice} />;
};

/** A draft opens in its editor; once issued, the same address shows the frozen invoice. */
export const InvoicePage = () => (
  <RecordRoute useRecord={useInvoice} noun="Invoice" back={{ label: 'Back to invoices', to: '/invoices' }}>
    {(invoice) =>
      invoice.status === 'draft' ? <Draft invoice={invoice} /> : <IssuedInvoiceView invoice={invoice} />
    }
  </RecordRoute>
);
