import { Button, Text } from '@mantine/core';
import { IconArchive, IconCursorText, IconFilter } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { SavedList } from '../../shared/lists';
import { ArchivedBanner } from '../records/ArchivedBanner';
import { RecordRoute } from '../records/RecordRoute';
import { Page } from '../shell/Page';
import { PageHeader } from '../shell/PageHeader';
import { FilterSummary } from './FilterSummary';
import { archiveList, restoreList } from './list-actions';
import { kindLabels } from './list-columns';
import { useSavedList } from './list-queries';
import { MemberList } from './MemberList';
import { companyMembers, contactMembers } from './member-views';
import { RenameListModal } from './RenameListModal';

export const ListDetailPage = () => (
  <RecordRoute useRecord={useSavedList} noun="List" back={{ label: 'Back to lists', to: '/lists' }}>
    {(list) => <ListDetail list={list} />}
  </RecordRoute>
);

const ListDetail = ({ list }: { list: SavedList }) => {
  const client = useQueryClient();
  const [renaming, setRenaming] = useState(false);
  const [busy, setBusy] = useState(false);
  const run = (action: () => Promise<void>) => {
    setBusy(true);
    void action().finally(() => setBusy(false));
  };

  return (
    <Page fill>
      <PageHeader
        eyebrow={`${list.type === 'smart' ? 'Smart list' : 'Static list'} of ${kindLabels[list.recordKind].toLowerCase()}`}
        title={list.name}
        description={
          list.filter ? (
            <FilterSummary list={list} filter={list.filter} />
          ) : (
            <Text span size="sm" c="dimmed">
              Members are added by hand and stay until removed, even when archived.
            </Text>
          )
        }
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconCursorText size={16} aria-hidden />}
              onClick={() => setRenaming(true)}
            >
              Rename
            </Button>
            {list.type === 'smart' && (
              <Button
                component={Link}
                to={`/lists/${list.id}/edit`}
                variant="default"
                leftSection={<IconFilter size={16} aria-hidden />}
              >
                Edit filter
              </Button>
            )}
            {!list.archivedAt && (
              <Button
                variant="default"
                leftSection={<IconArchive size={16} aria-hidden />}
                loading={busy}
                onClick={() => run(() => archiveList(client, list))}
              >
                Archive
              </Button>
            )}
          </>
        }
      />
      {list.archivedAt && (
        <ArchivedBanner
          noun="list"
          archivedAt={list.archivedAt}
          restoring={busy}
          onRestore={() => run(() => restoreList(client, list.id))}
        />
      )}
      {list.recordKind === 'contacts' ? (
        <MemberList list={list} view={contactMembers} />
      ) : (
        <MemberList list={list} view={companyMembers} />
      )}
      <RenameListModal key={list.name} list={list} opened={renaming} onClose={() => setRenaming(false)} />
    </Page>
  );
};
