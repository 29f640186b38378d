import { Stack, Tabs } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { EmailSettings } from '../email/EmailSettings';
import { EmailTemplatesSettings } from '../email/EmailTemplatesSettings';
import { invoke } from '../lib/rpc';
import { PipelineEditor } from '../pipelines/PipelineEditor';
import { BusinessProfileSettings } from '../profile/BusinessProfileSettings';
import { Loaded } from '../records/QueryState';
import { ReminderSettings } from '../reminders/ReminderSettings';
import { LeadScoringSettings } from '../scoring/LeadScoringSettings';
import { Page } from '../shell/Page';
import { PageHeader } from '../shell/PageHeader';
import { InvoicingSettings } from './InvoicingSettings';
import { WorkspaceDetails } from './WorkspaceDetails';

const WorkspaceTab = () => {
  const workspace = useQuery({
    queryKey: ['workspace', 'info'],
    queryFn: () => invoke('workspace.info', {}),
  });
  return (
    <Loaded query={workspace} failedTitle="Could not read the workspace" loadingLabel="Loading workspace">
      {(info) => <WorkspaceDetails info={info} />}
    </Loaded>
  );
};

/** How mail goes out and what it says, on one tab: one place to set up emailing. */
const EmailTab = () => (
  <Stack gap="lg">
    <EmailSettings />
    <EmailTemplatesSettings />
  </Stack>
);

const tabs = [
  { value: 'profile', label: 'Business profile', Panel: BusinessProfileSettings },
  { value: 'invoicing', label: 'Invoicing', Panel: InvoicingSettings },
  { value: 'email', label: 'Email', Panel: EmailTab },
  { value: 'reminders', label: 'Reminders', Panel: ReminderSettings },
  { value: 'pipelines', label: 'Pipelines', Panel: PipelineEditor },
  { value: 'lead-scoring', label: 'Lead scoring', Panel: LeadScoringSettings },
  { value: 'workspace', label: 'Workspace', Panel: WorkspaceTab },
] as const;

type SettingsTab = (typeof tabs)[number]['value'];

const isTab = (value: string | undefined): value is SettingsTab => tabs.some((tab) => tab.value === value);

/** Each tab has its own address (#/settings/invoicing), so a reload or a shared link opens the same tab. */
export const SettingsPage = () => {
  const { tab } = useParams();
  const navigate = useNavigate();
  const active = isTab(tab) ? tab : 'profile';
  return (
    <Page maxWidth={960}>
      <PageHeader
        title="Settings"
        description="Your business details, invoicing, sales pipeline and workspace."
      />
      <Tabs value={active} onChange={(value) => value && navigate(`/settings/${value}`)} keepMounted={false}>
        <Tabs.List mb="lg" aria-label="Settings sections">
          {tabs.map(({ value, label }) => (
            <Tabs.Tab key={value} value={value}>
              {label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map(({ value, Panel }) => (
          <Tabs.Panel key={value} value={value}>
            <Panel />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Page>
  );
};
