import { Alert, Button, Center, Loader } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
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
