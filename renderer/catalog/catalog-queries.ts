import { notifications } from '@mantine/notifications';
import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { CatalogItem, UnitType } from '../../shared/catalog';
import { invoke } from '../lib/rpc';
import { notifyFailure, showUndoNotice } from '../records/notices';
import { applySaved, detailKey } from '../records/record-actions';

export const catalogEditPath = (item: { id: number }) => `/catalog/${item.id}/edit`;

export const unitTypeLabels: Record<UnitType, string> = {
  hour: 'Hour',
  day: 'Day',
  fixed: 'Fixed',
  month: 'Month',
  custom: 'Custom',
};

/** The unit as a list shows it: the type, or the custom unit's own word, capitalised alike. */
export const unitText = (item: Pick<CatalogItem, 'unitType' | 'unitLabel'>) =>
  item.unitType === 'custom'
    ? item.unitLabel.charAt(0).toUpperCase() + item.unitLabel.slice(1)
    : unitTypeLabels[item.unitType];

export const useCatalogItem = (id: number) =>
  useQuery({ queryKey: detailKey('catalog', id), queryFn: () => invoke('catalog.get', { id }) });

const noticeId = (id: number) => `archived-catalog-${id}`;

/** Plain functions rather than hooks: Undo must work after the list that archived is gone. */
export const restoreCatalogItem = async (client: QueryClient, item: CatalogItem) => {
  notifications.hide(noticeId(item.id));
  try {
    applySaved(client, 'catalog', await invoke('catalog.archive', { id: item.id, archived: false }));
    notifications.show({ color: 'teal', message: `${item.name} restored` });
  } catch (error) {
    notifyFailure('Item was not restored', error);
  }
};

export const archiveCatalogItem = async (client: QueryClient, item: CatalogItem) => {
  try {
    applySaved(client, 'catalog', await invoke('catalog.archive', { id: item.id, archived: true }));
  } catch (error) {
    notifyFailure('Item was not archived', error);
    return;
  }
  showUndoNotice({
    id: noticeId(item.id),
    autoClose: 10_000,
    title: 'Item archived',
    text: `${item.name} is hidden from pickers.`,
    onUndo: () => void restoreCatalogItem(client, item),
  });
};
