import { Alert, Anchor, Grid, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Estimate } from '../../shared/estimates';
import { formatMoney } from '../../shared/money';
import { invoicePath } from '../invoices/invoice-queries';
import { formatCalendarDate, formatDateTime } from '../lib/format';
import { FieldList } from '../records/FieldList';
import { Page } from '../shell/Page';
import { PageHeader } from '../shell/PageHeader';
import { EstimateHistory } from './EstimateHistory';
import { EstimatePreview } from './EstimatePreview';
import { EstimateStatusBadge } from './EstimateStatusBadge';
import { estimateName } from './estimate-labels';
import { SentEstimateActions } from './SentEstimateActions';

/** Who said yes or no and when, or what the estimate is still waiting for. */
const answerOf = (estimate: Estimate) => {
  if (estimate.decidedAt === null)
    return estimate.status === 'expired' ? 'None before it expired' : 'Waiting for the client';
  const verb = estimate.status === 'declined' ? 'Declined' : 'Approved';
  return `${verb} by ${estimate.decidedBy} · ${formatDateTime(estimate.decidedAt)}`;
};

const DetailsCard = ({ estimate }: { estimate: Estimate }) => (
  <FieldList
    title="Details"
    fields={[
      {
        label: 'Total',
        value: (
          <Text span fw={700} className="lb-numeric">
            {formatMoney({ minor: estimate.totalMinor, currency: estimate.currency })}
          </Text>
        ),
      },
      { label: 'Valid until', value: formatCalendarDate(estimate.validUntil) },
      { label: 'Client’s answer', value: answerOf(estimate) },
      {
        label: 'Customer',
        value: estimate.companyId !== null && (
          <Anchor component={Link} to={`/companies/${estimate.companyId}`} size="sm">
            {estimate.customerName}
          </Anchor>
        ),
      },
      {
        label: 'Deal',
        value: estimate.dealId !== null && (
          <Anchor component={Link} to={`/deals/${estimate.dealId}`} size="sm">
            Open deal
          </Anchor>
        ),
      },
      {
        label: 'Invoice',
        value: estimate.invoiceId !== null && (
          <Anchor component={Link} to={invoicePath({ id: estimate.invoiceId })} size="sm">
            Open invoice
          </Anchor>
        ),
      },
    ]}
  />
);

const notices: Partial<Record<Estimate['status'], { title: string; text: (estimate: Estimate) => string }>> =
  {
    expired: {
      title: 'This estimate has expired',
      text: (estimate) =>
        `It was valid until ${formatCalendarDate(estimate.validUntil)} and can no longer be approved. Start a new estimate to quote again.`,
    },
    declined: {
      title: 'The client declined this estimate',
      text: () => 'It stays in your records with its number.',
    },
  };

/** A sent estimate: frozen, so the page shows it as printed, with the client's answer and what came of it. */
export const SentEstimateView = ({ estimate }: { estimate: Estimate }) => {
  const notice = notices[estimate.status];
  return (
    <Page maxWidth={1280}>
      <PageHeader
        eyebrow="Estimate"
        title={estimateName(estimate)}
        description={
          <Group gap={10}>
            <EstimateStatusBadge estimate={estimate} />
            <Text size="sm" c="dimmed">
              {estimate.customerName} · dated {formatCalendarDate(estimate.issueDate)} · valid until{' '}
              {formatCalendarDate(estimate.validUntil)}
            </Text>
          </Group>
        }
        actions={<SentEstimateActions estimate={estimate} />}
      />
      {notice && (
        <Alert
          color={estimate.status === 'expired' ? 'orange' : 'gray'}
          variant="light"
          mb="lg"
          title={notice.title}
        >
          {notice.text(estimate)}
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <EstimatePreview estimate={estimate} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            <DetailsCard estimate={estimate} />
            <EstimateHistory estimate={estimate} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Page>
  );
};
