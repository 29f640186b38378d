import { Alert, Anchor, Avatar, Button, Menu } from '@mantine/core';
import { IconArrowRight, IconCheck, IconChevronDown, IconPhoneCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { type Lead, leadDisplayName } from '../../shared/leads';
import { RecordTimeline } from '../activities/RecordTimeline';
import { ReasonDialog } from '../deals/ReasonDialog';
import { ArchivedBanner } from '../records/ArchivedBanner';
import { DetailColumns } from '../records/DetailColumns';
import { FieldList } from '../records/FieldList';
import { LinkList } from '../records/LinkList';
import { NotesCard } from '../records/NotesCard';
import { RecordActions } from '../records/RecordActions';
import { RecordRoute } from '../records/RecordRoute';
import { Page } from '../shell/Page';
import { PageHeader } from '../shell/PageHeader';
import { StatusBadge } from './LeadBadges';
import { sourceLabel } from './lead-form-values';
import { leadPath, useLead } from './lead-queries';
import { QualifyDialog } from './QualifyDialog';
import { ScoreCard } from './ScoreCard';
import { useLeadActions } from './use-lead-actions';

const RecordLink = ({ to, label }: { to: string; label: string }) => (
  <Anchor component={Link} to={to} size="sm">
    {label}
  </Anchor>
);

const LeadFields = ({ lead }: { lead: Lead }) => (
  <FieldList
    title="Details"
    fields={[
      { label: 'Status', value: <StatusBadge status={lead.status} /> },
      ...(lead.disqualifyReason ? [{ label: 'Disqualified because', value: lead.disqualifyReason }] : []),
      { label: 'Email', value: lead.email && <LinkList values={[lead.email]} scheme="mailto" /> },
      { label: 'Phone', value: lead.phone && <LinkList values={[lead.phone]} scheme="tel" /> },
      { label: 'Job title', value: lead.title },
      {
        label: 'Company',
        value:
          lead.companyId === null ? (
            lead.companyName
          ) : (
            <RecordLink to={`/companies/${lead.companyId}`} label={lead.companyName} />
          ),
      },
      { label: 'Source', value: lead.source && sourceLabel(lead.source) },
      ...(lead.contactId === null
        ? []
        : [
            {
              label: 'Contact',
              value: <RecordLink to={`/contacts/${lead.contactId}`} label={leadDisplayName(lead)} />,
            },
          ]),
    ]}
  />
);

const LeadDetail = ({ lead }: { lead: Lead }) => {
  const actions = useLeadActions(lead);
  const [dialog, setDialog] = useState<'qualify' | 'disqualify' | null>(null);
  const name = leadDisplayName(lead);
  const open = lead.status === 'new' || lead.status === 'contacted';
  const busy = actions.isPending;

  return (
    <Page maxWidth={1160}>
      <PageHeader
        eyebrow="Lead"
        title={name}
        description={[lead.title, lead.companyName].filter(Boolean).join(' at ')}
        leading={<Avatar name={name} color="initials" size={48} radius="xl" aria-hidden />}
        actions={
          <>
            {lead.status === 'new' && (
              <Button
                variant="default"
                leftSection={<IconPhoneCheck size={16} aria-hidden />}
                disabled={busy}
                onClick={() => actions.mutate({ type: 'contacted' })}
              >
                Mark contacted
              </Button>
            )}
            {open && (
              <>
                <Button
                  leftSection={<IconCheck size={16} aria-hidden />}
                  onClick={() => setDialog('qualify')}
                >
                  Qualify
                </Button>
                {/* In a menu rather than beside Qualify: the rarer, final choice should not sit one slip away. */}
                <Menu position="bottom-end" shadow="md">
                  <Menu.Target>
                    <Button variant="default" rightSection={<IconChevronDown size={14} aria-hidden />}>
                      More
                    </Button>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item
                      leftSection={<IconX size={14} aria-hidden />}
                      onClick={() => setDialog('disqualify')}
                    >
                      Disqualify…
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              </>
            )}
            {lead.dealId !== null && (
              <Button
                component={Link}
                to={`/deals/${lead.dealId}`}
                rightSection={<IconArrowRight size={16} aria-hidden />}
              >
                Open deal
              </Button>
            )}
            <RecordActions
              editPath={`${leadPath(lead)}/edit`}
              archived={lead.archivedAt !== null}
              busy={busy && actions.variables?.type === 'archive'}
              onArchive={() => actions.mutate({ type: 'archive' })}
            />
          </>
        }
      />
      {lead.archivedAt && (
        <ArchivedBanner
          noun="lead"
          archivedAt={lead.archivedAt}
          onRestore={() => actions.mutate({ type: 'restore' })}
          restoring={busy && actions.variables?.type === 'restore'}
        />
      )}
      {lead.status === 'qualified' && lead.dealId !== null && (
        <Alert color="green" variant="light" mb="lg">
          Qualified: this lead became a deal. Its history continues there.
        </Alert>
      )}
      <DetailColumns
        record={lead}
        aside={
          <>
            <ScoreCard lead={lead} />
            <NotesCard notes={lead.notes} />
          </>
        }
      >
        <LeadFields lead={lead} />
        <RecordTimeline of="lead" id={lead.id} />
      </DetailColumns>
      {/* Mounted only while open, so it starts from the lead as it is now each time. */}
      {dialog === 'qualify' && <QualifyDialog lead={lead} opened onClose={() => setDialog(null)} />}
      <ReasonDialog
        opened={dialog === 'disqualify'}
        title="Disqualify lead"
        description={`${name} leaves your open leads. The reason stays on the lead.`}
        confirmLabel="Disqualify"
        onConfirm={(reason) => {
          setDialog(null);
          actions.mutate({ type: 'disqualify', reason });
        }}
        onCancel={() => setDialog(null)}
      />
    </Page>
  );
};

export const LeadDetailPage = () => (
  <RecordRoute useRecord={useLead} noun="Lead" back={{ label: 'Back to leads', to: '/leads' }}>
    {(lead) => <LeadDetail lead={lead} />}
  </RecordRoute>
);
