import { Alert, Button } from '@mantine/core';
import { Link, useRouteError } from 'react-router';
import { errorMessage } from '../lib/rpc';
import { Page } from '../shell/Page';
import { PageHeader } from '../shell/PageHeader';

/** Last resort when a screen throws while rendering: say so and offer a way back, never a blank window. */
export const RouteError = () => {
  const error = useRouteError();
  return (
    <Page maxWidth={640}>
      <PageHeader title="Something went wrong on this screen" />
      <Alert color="red" variant="light" mb="md">
        {errorMessage(error)}
      </Alert>
      <Button component={Link} to="/contacts" variant="default" style={{ alignSelf: 'flex-start' }}>
        Back to Contacts
      </Button>
    </Page>
  );
};
