import { notifications } from '@mantine/notifications';
import type { QueryClient } from '@tanstack/react-query';
import type { TaxRateRecord } from '../../shared/tax-rates';
import { invalidateKinds } from '../app/query-client';
import { invoke } from '../lib/rpc';
import { notifyFailure, showUndoNotice } from '../records/notices';

const noticeId = (id: number) => `archived-tax-rate-${id}`;

/** Plain functions rather than hooks: Undo must work after the settings panel has gone. */
export const restoreTaxRate = async (client: QueryClient, rate: TaxRateRecord) => {
  notifications.hide(noticeId(rate.id));
  try {
    await invoke('taxRates.archive', { id: rate.id, archived: false });
    invalidateKinds(client, ['taxRates']);
    notifications.show({ color: 'teal', message: `${rate.name} restored` });
  } catch (error) {
    notifyFailure('Tax rate was not restored', error);
  }
};

export const archiveTaxRate = async (client: QueryClient, rate: TaxRateRecord) => {
  try {
    await invoke('taxRates.archive', { id: rate.id, archived: true });
    invalidateKinds(client, ['taxRates']);
  } catch (error) {
    notifyFailure('Tax rate was not archived', error);
    return;
  }
  showUndoNotice({
    id: noticeId(rate.id),
    autoClose: 10_000,
    title: 'Tax rate archived',
    text: `${rate.name} is hidden from pickers.`,
    onUndo: () => void restoreTaxRate(client, rate),
  });
};

export const makeDefaultTaxRate = async (client: QueryClient, rate: TaxRateRecord) => {
  try {
    await invoke('taxRates.setDefault', { id: rate.id });
    invalidateKinds(client, ['taxRates']);
    notifications.show({ color: 'teal', message: `${rate.name} is now the default tax rate` });
  } catch (error) {
    notifyFailure('Default not changed', error);
  }
};
