import { Avatar } from '@mantine/core';
import type { ReactNode } from 'react';
import type { DirectoryKind } from '../../shared/workspace';
import { Page } from '../shell/Page';
import { PageHeader } from '../shell/PageHeader';
import { ArchivedBanner } from './ArchivedBanner';
import { DetailColumns } from './DetailColumns';
import { RecordActions } from './RecordActions';
import { useArchiveToggle } from './use-archive-toggle';

interface DetailRecord {
  id: number;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

interface DetailLayoutProps {
  kind: DirectoryKind;
  record: DetailRecord;
  name: string;
  /** Lower case, for sentences: "contact". */
  noun: string;
  /** Shown above the name: "Contact". */
  eyebrow: string;
  description?: ReactNode;
  shape: 'person' | 'organisation';
  children: ReactNode;
  /** Extra cards under the record's timestamps. */
  aside?: ReactNode;
}

/** The frame every record page shares: heading, Edit/Archive, the archived banner and the timestamps. */
export const DetailLayout = (props: DetailLayoutProps) => {
  const { kind, record, name, noun, eyebrow, description, shape, children, aside } = props;
  const { busy, archive, restore } = useArchiveToggle(kind, record.id, name);
  return (
    <Page maxWidth={1160}>
      <PageHeader
        title={name}
        description={description}
        eyebrow={eyebrow}
        leading={
          <Avatar
            name={name}
            color="initials"
            size={48}
            radius={shape === 'person' ? 'xl' : 'md'}
            aria-hidden
          />
        }
        actions={
          <RecordActions
            editPath={`/${kind}/${record.id}/edit`}
            archived={record.archivedAt !== null}
            busy={busy}
            onArchive={archive}
          />
        }
      />
      {record.archivedAt && (
        <ArchivedBanner noun={noun} archivedAt={record.archivedAt} onRestore={restore} restoring={busy} />
      )}
      <DetailColumns record={record} aside={aside}>
        {children}
      </DetailColumns>
    </Page>
  );
};
