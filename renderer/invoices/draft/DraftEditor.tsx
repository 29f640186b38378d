import { Box, Grid, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef } from 'react';
import type { Invoice } from '../../../shared/invoices';
import { Page } from '../../shell/Page';
import { PageHeader } from '../../shell/PageHeader';
import { InvoiceStatusBadge } from '../InvoiceStatusBadge';
import { DraftPreview } from '../preview/DraftPreview';
import { CustomerSection } from './CustomerSection';
import { DraftActions } from './DraftActions';
import { type DraftValues, draftValues } from './draft-values';
import { LeaveGuard } from './LeaveGuard';
import { LinesSection } from './LinesSection';
import { NotesSection } from './NotesSection';
import { SaveIndicator } from './SaveIndicator';
import { TermsSection } from './TermsSection';
import { TotalsCard } from './TotalsCard';
import { useDraftAutosave } from './use-draft-autosave';
import { useDraftTotals, useRates } from './use-draft-totals';

/** A draft invoice: the form on the left saving itself as you type, the page as it will print on the right. */
export const DraftEditor = ({ invoice }: { invoice: Invoice }) => {
  const onChange = useRef(() => {});
  const form = useForm<DraftValues>({
    initialValues: draftValues(invoice),
    onValuesChange: () => onChange.current(),
  });
  const autosave = useDraftAutosave(invoice, form);
  onChange.current = autosave.changed;
  const { rates, records } = useRates(invoice);
  const totals = useDraftTotals(form.values, invoice, rates);

  return (
    <Page>
      <PageHeader
        eyebrow="Invoice"
        title={invoice.customerName ? `Draft for ${invoice.customerName}` : 'Draft invoice'}
        description={
          <Group gap={10} wrap="nowrap">
            <InvoiceStatusBadge invoice={invoice} />
            <SaveIndicator state={autosave.state} />
          </Group>
        }
        actions={<DraftActions invoice={invoice} flush={autosave.flush} />}
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <form onSubmit={(event) => event.preventDefault()} aria-label="Draft invoice" noValidate>
            <Stack gap="lg">
              <CustomerSection form={form} />
              <TermsSection form={form} />
              <LinesSection form={form} rates={records} totals={totals} />
              <TotalsCard form={form} totals={totals} />
              <NotesSection form={form} />
            </Stack>
          </form>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Box style={{ position: 'sticky', top: 0 }}>
            <DraftPreview values={form.values} invoice={invoice} rates={rates} />
          </Box>
        </Grid.Col>
      </Grid>
      <LeaveGuard state={autosave.state} />
    </Page>
  );
};
