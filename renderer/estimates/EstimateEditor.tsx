import { Box, Grid, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Estimate } from '../../shared/estimates';
import { CustomerSection } from '../invoices/draft/CustomerSection';
import type { DraftValues } from '../invoices/draft/draft-values';
import { Blocking } from '../invoices/draft/LeaveGuard';
import { LinesSection } from '../invoices/draft/LinesSection';
import { NotesSection } from '../invoices/draft/NotesSection';
import { TotalsCard } from '../invoices/draft/TotalsCard';
import { useDraftTotals, useRates } from '../invoices/draft/use-draft-totals';
import { Page } from '../shell/Page';
import { PageHeader } from '../shell/PageHeader';
import { DraftEstimateActions } from './DraftEstimateActions';
import { EstimateDatesSection } from './EstimateDatesSection';
import { EstimatePreview } from './EstimatePreview';
import { EstimateStatusBadge } from './EstimateStatusBadge';
import { estimateValues } from './estimate-values';
import { useEstimateSave } from './use-estimate-save';

/** A draft estimate: the invoice editor's sections on the left, the estimate as last saved on the right. */
export const EstimateEditor = ({ estimate }: { estimate: Estimate }) => {
  const form = useForm<DraftValues>({ initialValues: estimateValues(estimate) });
  const { save, saving } = useEstimateSave(estimate, form);
  const { rates, records } = useRates(estimate);
  const totals = useDraftTotals(form.values, estimate, rates);
  const dirty = form.isDirty();

  return (
    <Page>
      <PageHeader
        eyebrow="Estimate"
        title={estimate.customerName ? `Draft estimate for ${estimate.customerName}` : 'Draft estimate'}
        description={
          <Group gap={10} wrap="nowrap">
            <EstimateStatusBadge estimate={estimate} />
            <Text size="sm" c={dirty ? 'orange.8' : 'dimmed'} aria-live="polite">
              {dirty ? 'Unsaved changes' : 'All changes saved'}
            </Text>
          </Group>
        }
        actions={
          <DraftEstimateActions
            estimate={estimate}
            save={save}
            saving={saving}
            dirty={dirty}
            discard={() => form.resetDirty()}
          />
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
            aria-label="Draft estimate"
            noValidate
          >
            <Stack gap="lg">
              <CustomerSection form={form} noun="estimate" />
              <EstimateDatesSection form={form} />
              <LinesSection form={form} rates={records} totals={totals} />
              <TotalsCard form={form} totals={totals} noun="Estimate" />
              <NotesSection form={form} />
            </Stack>
          </form>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Box style={{ position: 'sticky', top: 0 }}>
            <EstimatePreview estimate={estimate} caption={dirty ? 'Preview · as last saved' : 'Preview'} />
          </Box>
        </Grid.Col>
      </Grid>
      {dirty && <Blocking text="Your changes to this draft estimate are not saved." stayLabel="Stay" />}
    </Page>
  );
};
