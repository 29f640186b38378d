import { Button } from '@mantine/core';
import { IconListDetails, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { type Choice, ListToolbar } from '../lists/ListToolbar';
import { RecordList } from '../lists/RecordList';
import { EmptyList } from '../records/EmptyList';
import { Page } from '../shell/Page';
import { PageHeader } from '../shell/PageHeader';
import { listColumns, listPath } from './list-columns';
import { useSavedLists, wholeRows } from './list-queries';

type Shown = 'active' | 'archived';

const shownOptions: Choice<Shown>[] = [
  { value: 'active', label: 'Active' },
  { value: 'archived', label: 'Archived' },
];

const NewListButton = () => (
  <Button component={Link} to="/lists/new" leftSection={<IconPlus size={16} aria-hidden />}>
    New list
  </Button>
);

/** Every saved list: static ones filled by hand and smart ones that fill themselves. */
export const ListsPage = () => {
  const [shown, setShown] = useState<Shown>('active');
  const lists = useSavedLists(shown);
  const rows = wholeRows(lists);
  const firstRun = shown === 'active' && rows.total === 0;

  return (
    <Page fill>
      <PageHeader
        title="Lists"
        description="Group contacts or companies by hand, or save a filter as a smart list that keeps itself up to date."
        actions={firstRun ? undefined : <NewListButton />}
      />
      <ListToolbar
        filter={{ label: 'Status', data: shownOptions, value: shown, onChange: setShown }}
        count={{ total: rows.total, noun: 'list' }}
      />
      <RecordList
        label="Lists"
        columns={listColumns}
        rows={rows}
        hrefOf={listPath}
        resetKey={shown}
        empty={
          firstRun ? (
            <EmptyList
              icon={IconListDetails}
              title="No lists yet"
              description="Make a list for a newsletter, an event or a campaign, or a smart list such as every contact tagged “vip”."
              action={<NewListButton />}
            />
          ) : (
            <EmptyList
              icon={IconListDetails}
              title="No archived lists"
              description="Lists you archive wait here, ready to be restored."
              action={
                <Button variant="default" onClick={() => setShown('active')}>
                  Show active lists
                </Button>
              }
            />
          )
        }
      />
    </Page>
  );
};
