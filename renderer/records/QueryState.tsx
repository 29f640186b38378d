import { Alert, Button, Center, Loader } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { errorMessage, RpcFailure } from '../lib/rpc';
import { Page } from '../shell/Page';
import { PageHeader } from '../shell/PageHeader';

interface QueryStateProps {
  error: Error | null;
  /** The kind of page, for the heading: "Contact". */
  noun: string;
  /** Where to send people when the record does not exist, e.g. back to its list. */
  back: { label: string; to: string };
}

export const PageLoader = ({ label }: { label: string }) => (
  <Center py={120} style={{ flex: 1 }}>
    <Loader size="sm" aria-label={label} />
  </Center>
);

interface LoadedProps<Data> {
  query: { data: Data | undefined; error: Error | null };
  /** The alert's heading when it could not load: "Could not load the scoring rules". */
  failedTitle: string;
  loadingLabel: string;
  children: (data: Data) => ReactNode;
}

/** A part of a page that waits for its query: a loader first, then its content or why it could not load. */
export const Loaded = <Data,>({ query, failedTitle, loadingLabel, children }: LoadedProps<Data>) => {
  if (query.data !== undefined) return children(query.data);
  if (query.error)
    return (
      <Alert color="red" variant="light" title={failedTitle}>
        {errorMessage(query.error)}
      </Alert>
    );
  return <PageLoader label={loadingLabel} />;
};

/** What a record page shows while its record loads, or why it could not. */
export const QueryState = ({ error, noun, back }: QueryStateProps) => {
  if (!error) return <PageLoader label={`Loading ${noun.toLowerCase()}`} />;
  const missing = error instanceof RpcFailure && error.error.code === 'not_found';
  return (
    <Page>
      <PageHeader title={missing ? `${noun} not found` : `Could not load this ${noun.toLowerCase()}`} />
      <Alert
        color={missing ? 'gray' : 'red'}
        variant="light"
        icon={<IconAlertCircle size={18} aria-hidden />}
        maw={560}
      >
        {missing ? 'It may have been removed, or the link is wrong.' : errorMessage(error)}
        <div>
          <Button component={Link} to={back.to} variant="default" size="xs" mt="sm">
            {back.label}
          </Button>
        </div>
      </Alert>
    </Page>
  );
};
