import { Anchor, Badge, Button, Card, Group, Text, Title } from '@mantine/core';
import { IconRotateClockwise, IconTrophy, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Deal } from '../../shared/deals';
import { formatMoney } from '../../shared/money';
import { RecordTimeline } from '../activities/RecordTimeline';
import { NewEstimateButton } from '../estimates/NewEstimateButton';
import { DealInvoiceButton } from '../invoices/DealInvoiceButton';
import { usePipelines } from '../pipelines/pipeline-queries';
import { ArchivedBanner } from '../records/ArchivedBanner';
import { DetailColumns } from '../records/DetailColumns';
import { RecordActions } from '../records/RecordActions';
import { RecordRoute } from '../records/RecordRoute';
import { RecurringInvoicesCard } from '../schedules/RecurringInvoicesCard';
import { Page } from '../shell/Page';
import { PageHeader } from '../shell/PageHeader';
import { DealFields } from './DealFields';
import { dealPath, useDeal } from './deal-queries';
import { LineItemsCard } from './LineItemsCard';
import { ReasonDialog } from './ReasonDialog';
import { StageHistory } from './StageHistory';
import { useDealActions } from './use-deal-actions';

const outcomeColors = { open: 'lumen', won: 'green', lost: 'red' } as const;

/** The open stages as one row of buttons: the current one marked, any other a click away. */
const StageStrip = ({
  deal,
  onMove,
  busy,
}: {
  deal: Deal;
  onMove: (stageId: number) => void;
  busy: boolean;
}) => {
  const pipelines = usePipelines();
  const stages = pipelines.data?.find((pipeline) => pipeline.id === deal.pipelineId)?.stages ?? [];
  return (
    <Card withBorder radius="md" padding="lg">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="sm" fw={600}>
          Stage
        </Title>
        <Text size="sm" c="dimmed">
          {deal.outcome === 'open'
            ? `${deal.stageName} · ${deal.probability}% likely to close`
            : `${deal.outcome === 'won' ? 'Won' : 'Lost'}; pick a stage to reopen it`}
        </Text>
      </Group>
      <Group gap={6} role="group" aria-label="Move to stage">
        {stages
          .filter((stage) => stage.outcome === 'open')
          .map((stage) => {
            const current = stage.id === deal.stageId;
            return (
              <Button
                key={stage.id}
                size="xs"
                variant={current ? 'filled' : 'default'}
                aria-current={current ? 'step' : undefined}
                disabled={busy}
                onClick={() => !current && onMove(stage.id)}
              >
                {stage.name}
              </Button>
            );
          })}
      </Group>
    </Card>
  );
};

const DealDetail = ({ deal }: { deal: Deal }) => {
  const actions = useDealActions(deal);
  const [losing, setLosing] = useState(false);
  const busy = actions.isPending;
  const archived = deal.archivedAt !== null;

  return (
    <Page maxWidth={1160}>
      <PageHeader
        eyebrow="Deal"
        title={deal.title}
        description={
          <Group gap={8}>
            {deal.companyId !== null && (
              <Anchor component={Link} to={`/companies/${deal.companyId}`} size="sm">
                {deal.companyName}
              </Anchor>
            )}
            <Badge variant="light" color={outcomeColors[deal.outcome]}>
              {deal.outcome === 'open' ? deal.stageName : deal.outcome === 'won' ? 'Won' : 'Lost'}
            </Badge>
            <Text size="sm" fw={600} c="dark" className="lb-numeric">
              {formatMoney({ minor: deal.valueMinor, currency: deal.currency })}
            </Text>
          </Group>
        }
        actions={
          <>
            {deal.outcome === 'open' ? (
              <>
                <NewEstimateButton from={{ dealId: deal.id }} />
                <Button
                  color="green"
                  leftSection={<IconTrophy size={16} aria-hidden />}
                  loading={busy && actions.variables?.type === 'win'}
                  disabled={busy}
                  onClick={() => actions.mutate({ type: 'win' })}
                >
                  Win
                </Button>
                <Button
                  variant="default"
                  leftSection={<IconX size={16} aria-hidden />}
                  disabled={busy}
                  onClick={() => setLosing(true)}
                >
                  Lose
                </Button>
              </>
            ) : (
              <>
                {deal.outcome === 'won' && <DealInvoiceButton dealId={deal.id} />}
                <Button
                  variant="default"
                  leftSection={<IconRotateClockwise size={16} aria-hidden />}
                  loading={busy && actions.variables?.type === 'reopen'}
                  onClick={() => actions.mutate({ type: 'reopen' })}
                >
                  Reopen
                </Button>
              </>
            )}
            <RecordActions
              editPath={`${dealPath(deal)}/edit`}
              archived={archived}
              busy={busy && actions.variables?.type === 'archive'}
              onArchive={() => actions.mutate({ type: 'archive' })}
            />
          </>
        }
      />
      {deal.archivedAt && (
        <ArchivedBanner
          noun="deal"
          archivedAt={deal.archivedAt}
          onRestore={() => actions.mutate({ type: 'restore' })}
          restoring={busy && actions.variables?.type === 'restore'}
        />
      )}
      <DetailColumns record={deal} aside={<StageHistory dealId={deal.id} />}>
        <StageStrip deal={deal} busy={busy} onMove={(stageId) => actions.mutate({ type: 'move', stageId })} />
        <DealFields deal={deal} />
        <LineItemsCard deal={deal} />
        {deal.outcome === 'won' && (
          <RecurringInvoicesCard
            scope={{ dealId: deal.id }}
            currency={deal.currency}
            lineItems={deal.lineItems}
          />
        )}
        <RecordTimeline of="deal" id={deal.id} />
      </DetailColumns>
      <ReasonDialog
        opened={losing}
        title="Why was this deal lost?"
        description={`${deal.title} moves to the lost stage with your reason, so you can learn from it later.`}
        confirmLabel="Mark as lost"
        busy={busy}
        onConfirm={(reason) => {
          setLosing(false);
          actions.mutate({ type: 'lose', reason });
        }}
        onCancel={() => setLosing(false)}
      />
    </Page>
  );
};

export const DealDetailPage = () => (
  <RecordRoute useRecord={useDeal} noun="Deal" back={{ label: 'Back to deals', to: '/deals' }}>
    {(deal) => <DealDetail deal={deal} />}
  </RecordRoute>
);
