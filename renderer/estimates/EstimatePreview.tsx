import { Alert, Text } from '@mantine/core';
import type { Estimate } from '../../shared/estimates';
import { InvoicePreview } from '../invoices/preview/InvoicePreview';
import { errorMessage } from '../lib/rpc';
import { useProfile } from '../profile/profile-queries';
import { PageLoader } from '../records/QueryState';
import { useEstimateDocument } from './estimate-queries';

/** The estimate as the server prints it: what its PDF holds, as last saved. */
export const EstimatePreview = ({ estimate, caption }: { estimate: Estimate; caption?: string }) => {
  const doc = useEstimateDocument(estimate);
  const profile = useProfile();
  if (doc.error)
    return (
      <Alert color="red" variant="light" title="Could not show the estimate">
        {errorMessage(doc.error)}
      </Alert>
    );
  if (!doc.data) return <PageLoader label="Loading the estimate" />;
  return (
    <>
      {caption && (
        <Text size="xs" fw={600} c="dimmed" tt="uppercase" lts={0.4} mb={6}>
          {caption}
        </Text>
      )}
      <InvoicePreview doc={doc.data} logoUrl={profile.data?.logo?.dataUrl ?? null} />
    </>
  );
};
