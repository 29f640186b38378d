import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArrowsMaximize } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState } from 'react';
import type { Invoice } from '../../../shared/invoices';
import type { NamedTaxRate } from '../../../shared/tax-rates';
import { useAllTemplates } from '../../invoice-templates/template-queries';
import { invoke } from '../../lib/rpc';
import { useProfile } from '../../profile/profile-queries';
import { detailKey } from '../../records/record-actions';
import type { DraftValues } from '../draft/draft-values';
import { useDraftTotals } from '../draft/use-draft-totals';
import { useRecipients } from '../draft/use-recipients';
import { draftDocument } from './draft-document';
import { InvoicePreview } from './InvoicePreview';

interface DraftPreviewProps {
  values: DraftValues;
  invoice: Invoice;
  rates: NamedTaxRate[];
}

/**
 * The draft as it will print. It follows the form a moment behind, at low priority, so typing never
 * waits for the page to redraw.
 */
export const DraftPreview = ({ values, invoice, rates }: DraftPreviewProps) => {
  const [enlarged, setEnlarged] = useState(false);
  const [settled] = useDebouncedValue(values, 250);
  const shown = useDeferredValue(settled);
  const totals = useDraftTotals(shown, invoice, rates);
  const profile = useProfile();
  const templates = useAllTemplates();
  const companyId = shown.companyId === null ? null : Number(shown.companyId);
  const company = useQuery({
    queryKey: detailKey('companies', companyId ?? 0),
    queryFn: () => invoke('companies.get', { id: companyId ?? 0 }),
    enabled: companyId !== null,
  });
  const recipients = useRecipients(shown.contactIds);
  const template =
    templates.data?.find((candidate) => String(candidate.id) === shown.templateId) ??
    templates.data?.find((candidate) => candidate.isDefault);

  const doc = useMemo(
    () =>
      totals.totals &&
      draftDocument({
        invoice,
        values: shown,
        totals: totals.totals,
        included: totals.included,
        rates,
        profile: profile.data?.profile,
        company: companyId === null ? undefined : company.data,
        recipients: recipients ?? [],
        template,
      }),
    [invoice, shown, totals, rates, profile.data, companyId, company.data, recipients, template],
  );
  if (!doc) return null;
  const logoUrl = profile.data?.logo?.dataUrl ?? null;
  return (
    <Stack gap={6}>
      <Group justify="space-between">
        <Text size="xs" fw={600} c="dimmed" tt="uppercase" lts={0.4}>
          Preview
        </Text>
        <Button
          variant="subtle"
          size="compact-xs"
          leftSection={<IconArrowsMaximize size={14} aria-hidden />}
          onClick={() => setEnlarged(true)}
        >
          Enlarge
        </Button>
      </Group>
      <InvoicePreview doc={doc} logoUrl={logoUrl} />
      <Modal opened={enlarged} onClose={() => setEnlarged(false)} title="Preview" size={900} centered>
        <InvoicePreview doc={doc} logoUrl={logoUrl} />
      </Modal>
    </Stack>
  );
};
