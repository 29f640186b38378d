import { Stack } from '@mantine/core';
import { Loaded } from '../records/QueryState';
import { BusinessProfileForm } from './BusinessProfileForm';
import { LogoUpload } from './LogoUpload';
import { useProfile } from './profile-queries';

/** The seller on every invoice: details, address, bank account and logo. */
export const BusinessProfileSettings = () => {
  const profile = useProfile();
  return (
    <Loaded
      query={profile}
      failedTitle="Could not load the business profile"
      loadingLabel="Loading business profile"
    >
      {({ profile: details, logo }) => (
        <Stack gap="lg">
          <LogoUpload logo={logo} />
          <BusinessProfileForm profile={details} />
        </Stack>
      )}
    </Loaded>
  );
};
