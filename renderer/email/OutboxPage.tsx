import { Anchor, Button, Group, SegmentedControl, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMail } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type OutboxFilter, type OutboxRow, outboxFilters } from '../../shared/outbox';
import { invoke } from '../lib/rpc';
import { EmptyList } from '../records/EmptyList';
import { notifyFailure } from '../records/notices';
import { Loaded } from '../records/QueryState';
import { Page } from '../shell/Page';
import { PageHeader } from '../shell/PageHeader';
import { ComposeDialog } from './ComposeDialog';
import { OutboxStatusBadge } from './OutboxStatusBadge';
import { useOutboxList } from './outbox-queries';
import { formatRecipients } from './recipients';
import { SendDraftsButton } from './SendDraftsButton';

const filterLabels: Record<OutboxFilter, string> = {
  all: 'All',
  drafts: 'Drafts',
  queued: 'Queued',
  sent: 'Sent',
  failed: 'Failed',
};

type RowAction = 'retry' | 'cancel' | 'discard';

const doneText: Record<RowAction, string> = {
  retry: 'Queued again: it goes out at the next try',
  cancel: 'Cancelled: it will not be sent',
  discard: 'Email discarded',
};

const useRowAction = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ action, id }: { action: RowAction; id: number }) =>
      invoke(`outbox.${action}`, { id }).then(() => action),
    onSuccess: (action) => {
      void client.invalidateQueries({ queryKey: ['outbox'] });
      notifications.show({ color: 'teal', message: doneText[action] });
    },
    onError: (error) => notifyFailure('Not done', error),
  });
};

const RowActions = ({ row, onOpen }: { row: OutboxRow; onOpen: () => void }) => {
  const act = useRowAction();
  const button = (action: RowAction, label: string) => (
    <Button
      size="compact-sm"
      variant="subtle"
      color={action === 'retry' ? undefined : 'red'}
      aria-label={`${label} “${row.subject}”`}
      loading={act.isPending && act.variables?.action === action}
      onClick={() => act.mutate({ action, id: row.id })}
    >
      {label}
    </Button>
  );
  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      {row.status === 'draft' ? (
        <Button size="compact-sm" variant="light" aria-label={`Open draft “${row.subject}”`} onClick={onOpen}>
          Open draft
        </Button>
      ) : (
        <Button size="compact-sm" variant="subtle" aria-label={`View “${row.subject}”`} onClick={onOpen}>
          View
        </Button>
      )}
      {row.status === 'failed' && button('retry', 'Retry')}
      {(row.status === 'queued' || row.status === 'failed') && button('cancel', 'Cancel')}
      {(row.status === 'draft' || row.status === 'cancelled') && button('discard', 'Discard')}
    </Group>
  );
};

const OutboxTable = ({ rows, onOpen }: { rows: OutboxRow[]; onOpen: (id: number) => void }) => (
  <Table aria-label="Emails" verticalSpacing="sm" highlightOnHover>
    <Table.Thead>
      <Table.Tr>
        <Table.Th>Subject</Table.Th>
        <Table.Th>To</Table.Th>
        <Table.Th>Document</Table.Th>
        <Table.Th>Status</Table.Th>
        <Table.Th ta="right">Attempts</Table.Th>
        <Table.Th>
          <VisuallyHidden>Actions</VisuallyHidden>
        </Table.Th>
      </Table.Tr>
    </Table.Thead>
    <Table.Tbody>
      {rows.map((row) => (
        <Table.Tr key={row.id}>
          <Table.Td maw={260}>
            <Text size="sm" fw={500} truncate>
              {row.subject || '(no subject)'}
            </Text>
          </Table.Td>
          <Table.Td maw={190}>
            <Text size="sm" truncate>
              {formatRecipients(row.to) || '—'}
            </Text>
          </Table.Td>
          <Table.Td>
            <Anchor component={Link} to={row.document.path} size="sm" style={{ whiteSpace: 'nowrap' }}>
              {row.document.label}
            </Anchor>
          </Table.Td>
          <Table.Td miw={130}>
            <OutboxStatusBadge row={row} />
          </Table.Td>
          <Table.Td ta="right" className="lb-numeric">
            {row.attempts}
          </Table.Td>
          <Table.Td>
            <RowActions row={row} onOpen={() => onOpen(row.id)} />
          </Table.Td>
        </Table.Tr>
      ))}
    </Table.Tbody>
  </Table>
);

/** Every email the app wrote: drafts to finish, queued ones waiting for the server, sent and failed. */
export const OutboxPage = () => {
  const [params, setParams] = useSearchParams();
  const status = outboxFilters.find((one) => one === params.get('status')) ?? 'all';
  const list = useOutboxList(status);
  const [open, setOpen] = useState<number | null>(null);
  const counts = list.data?.counts;
  const drafts = list.data?.messages.filter((message) => message.status === 'draft') ?? [];
  return (
    <Page>
      <PageHeader
        title="Outbox"
        description="Emails you wrote from invoices and estimates, and where each stands."
        actions={drafts.length > 0 && <SendDraftsButton drafts={drafts} />}
      />
      <SegmentedControl
        mb="md"
        aria-label="Show emails"
        value={status}
        onChange={(next) => setParams(next === 'all' ? {} : { status: next }, { replace: true })}
        data={outboxFilters.map((value) => ({
          value,
          label: counts ? `${filterLabels[value]} ${counts[value]}` : filterLabels[value],
        }))}
      />
      <Loaded query={list} failedTitle="Could not load the outbox" loadingLabel="Loading the outbox">
        {({ messages }) =>
          messages.length === 0 ? (
            <EmptyList
              icon={IconMail}
              title={status === 'all' ? 'No emails yet' : `No ${filterLabels[status].toLowerCase()} emails`}
              description="Press Email on an invoice, a credit note or an estimate to write one."
              action={null}
            />
          ) : (
            <OutboxTable rows={messages} onOpen={setOpen} />
          )
        }
      </Loaded>
      {open !== null && <ComposeDialog messageId={open} onClose={() => setOpen(null)} />}
    </Page>
  );
};
