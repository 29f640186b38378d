import { Alert, Anchor, Grid, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Invoice } from '../../../shared/invoices';
import { formatMoney } from '../../../shared/money';
import { formatCalendarDate } from '../../lib/format';
import { errorMessage } from '../../lib/rpc';
import { useProfile } from '../../profile/profile-queries';
import { FieldList } from '../../records/FieldList';
import { PageLoader } from '../../records/QueryState';
import { InvoiceRemindersCard } from '../../reminders/InvoiceRemindersCard';
import { Page } from '../../shell/Page';
import { PageHeader } from '../../shell/PageHeader';
import { InvoiceStatusBadge } from '../InvoiceStatusBadge';
import { invoiceName } from '../invoice-labels';
import { useInvoiceDocument } from '../invoice-queries';
import { InvoicePreview } from '../preview/InvoicePreview';
import { CreditNotesCard, creditOutcomeText } from './CreditNotesCard';
import { useCreditNotes } from './credit-note-queries';
import { HistoryCard } from './HistoryCard';
import { IssuedActions } from './IssuedActions';
import { PaymentsCard } from './PaymentsCard';

const Preview = ({ invoice }: { invoice: Invoice }) => {
  const doc = useInvoiceDocument(invoice);
  const profile = useProfile();
  if (doc.error)
    return (
      <Alert color="red" variant="light" title="Could not show the invoice">
        {errorMessage(doc.error)}
      </Alert>
    );
  if (!doc.data) return <PageLoader label="Loading the invoice" />;
  return <InvoicePreview doc={doc.data} logoUrl={profile.data?.logo?.dataUrl ?? null} />;
};

/** A credit note's side panel: what it is worth, what it corrects, where its money went. */
const CreditNoteCard = ({ invoice }: { invoice: Invoice }) => {
  const doc = useInvoiceDocument(invoice);
  const notes = useCreditNotes(invoice.correctsInvoiceId ?? 0);
  const note = notes.data?.find((one) => one.id === invoice.id);
  return (
    <FieldList
      title="Credit note"
      fields={[
        {
          label: 'Total',
          value: (
            <span className="lb-numeric">
              {formatMoney({ minor: -invoice.totalMinor, currency: invoice.currency })}
            </span>
          ),
        },
        {
          label: 'Corrects',
          value: invoice.correctsInvoiceId !== null && (
            <Anchor
              component={Link}
              to={`/invoices/${invoice.correctsInvoiceId}`}
              size="sm"
              className="lb-numeric"
            >
              {doc.data?.correctsNumber ?? 'Open invoice'}
            </Anchor>
          ),
        },
        { label: 'Reason', value: invoice.notes },
        { label: 'Outcome', value: note && creditOutcomeText(note) },
        { label: 'Customer', value: invoice.customerName },
      ]}
    />
  );
};

const BalanceCard = ({ invoice }: { invoice: Invoice }) => {
  const money = (minor: number) => formatMoney({ minor, currency: invoice.currency });
  // Refunds through credit notes lower what was paid below the payments recorded.
  const received = invoice.payments
    .filter((payment) => payment.deletedAt === null)
    .reduce((sum, payment) => sum + payment.amountMinor, 0);
  const refunded = received - invoice.paidMinor;
  return (
    <FieldList
      title="Balance"
      fields={[
        { label: 'Total', value: <span className="lb-numeric">{money(invoice.totalMinor)}</span> },
        {
          label: 'Paid',
          value: (
            <span className="lb-numeric">
              {refunded > 0
                ? `${money(received)} received · ${money(refunded)} refunded`
                : money(invoice.paidMinor)}
            </span>
          ),
        },
        {
          label: 'Credited',
          value: invoice.creditedMinor > 0 && (
            <span className="lb-numeric">{money(-invoice.creditedMinor)}</span>
          ),
        },
        {
          label: 'Balance due',
          value: (
            <Text span fw={700} className="lb-numeric" c={invoice.overdue ? 'red.7' : undefined}>
              {invoice.status === 'void' ? '—' : money(invoice.balanceMinor)}
            </Text>
          ),
        },
        { label: 'Due', value: formatCalendarDate(invoice.dueDate) },
        {
          label: 'Customer',
          value: invoice.companyId !== null && (
            <Anchor component={Link} to={`/companies/${invoice.companyId}`} size="sm">
              {invoice.customerName}
            </Anchor>
          ),
        },
        {
          label: 'Account',
          value: invoice.accountId !== null && (
            <Anchor component={Link} to={`/accounts/${invoice.accountId}`} size="sm">
              Open account
            </Anchor>
          ),
        },
        {
          label: 'Deal',
          value: invoice.dealId !== null && (
            <Anchor component={Link} to={`/deals/${invoice.dealId}`} size="sm">
              Open deal
            </Anchor>
          ),
        },
      ]}
    />
  );
};

/** An issued invoice: frozen, so the page shows it as printed, with what was paid and what happened to it. */
export const IssuedInvoiceView = ({ invoice }: { invoice: Invoice }) => (
  <Page maxWidth={1280}>
    <PageHeader
      eyebrow={invoice.kind === 'credit_note' ? 'Credit note' : 'Invoice'}
      title={invoiceName(invoice)}
      description={
        <Group gap={10}>
          <InvoiceStatusBadge invoice={invoice} />
          <Text size="sm" c="dimmed">
            {invoice.customerName} · issued {formatCalendarDate(invoice.issueDate)}
            {invoice.kind === 'invoice' && ` · due ${formatCalendarDate(invoice.dueDate)}`}
          </Text>
        </Group>
      }
      actions={<IssuedActions invoice={invoice} />}
    />
    {invoice.status === 'void' && (
      <Alert color="gray" variant="light" mb="lg" title="This invoice is void">
        {invoice.voidReason || 'It keeps its number; nothing is owed on it.'}
      </Alert>
    )}
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Preview invoice={invoice} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Stack gap="lg">
          {invoice.kind === 'credit_note' ? (
            <CreditNoteCard invoice={invoice} />
          ) : (
            <>
              <BalanceCard invoice={invoice} />
              <PaymentsCard invoice={invoice} />
              <CreditNotesCard invoice={invoice} />
              <InvoiceRemindersCard invoiceId={invoice.id} />
            </>
          )}
          <HistoryCard invoice={invoice} />
        </Stack>
      </Grid.Col>
    </Grid>
  </Page>
);
