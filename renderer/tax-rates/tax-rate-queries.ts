import { useQuery } from '@tanstack/react-query';
import type { ArchiveFilter } from '../../shared/fields';
import type { TaxComponent, TaxKind, TaxRateRecord } from '../../shared/tax-rates';
import { invoke } from '../lib/rpc';

/** The workspace's named rates, default first; pickers ask for all so a line's archived rate still has a name. */
export const useTaxRates = (archived: ArchiveFilter = 'active') =>
  useQuery({
    queryKey: ['taxRates', 'list', archived],
    queryFn: () => invoke('taxRates.list', { archived }),
  });

export const taxKindLabels: Record<TaxKind, string> = {
  standard: 'Standard',
  exempt: 'Exempt',
  reverse_charge: 'Reverse charge',
};

/** "VAT 19%", or "GST 5% + QST 9.975% (compound)" for a rate of several parts. */
export const partsSummary = (components: readonly TaxComponent[]) =>
  components.map((part) => `${part.name} ${part.rate}%${part.compound ? ' (compound)' : ''}`).join(' + ');

/** What a line or item with no rate of its own is charged: the workspace default, named. */
export const defaultRateLabel = (rates: readonly TaxRateRecord[] | undefined) => {
  const fallback = rates?.find((rate) => rate.isDefault);
  return fallback ? `Default (${fallback.name})` : 'Workspace default';
};

/** A rate's name for a list cell; null (no rate of its own) reads as the default. */
export const rateNameOf = (rates: readonly TaxRateRecord[] | undefined, id: number | null) =>
  id === null ? defaultRateLabel(rates) : (rates?.find((rate) => rate.id === id)?.name ?? '');
