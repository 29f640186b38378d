import {
  type Icon,
  IconAddressBook,
  IconBuilding,
  IconBuildingBank,
  IconChartBar,
  IconFileDescription,
  IconFileImport,
  IconFileInvoice,
  IconLayoutKanban,
  IconListDetails,
  IconMailForward,
  IconPackage,
  IconSettings,
  IconSun,
  IconTargetArrow,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { OutboxNavBadge } from '../email/OutboxNavBadge';
import { OverdueNavBadge } from '../invoices/OverdueNavBadge';

/** What an unbuilt page will hold, told plainly so nobody mistakes it for a broken screen. */
interface ComingSoon {
  summary: string;
  features: string[];
}

export interface NavItem {
  label: string;
  path: string;
  icon: Icon;
  comingSoon?: ComingSoon;
  /** A count beside the label (a link of its own), e.g. overdue invoices. */
  badge?: ComponentType;
}

interface NavSection {
  label: string;
  items: NavItem[];
}

export const navSections: NavSection[] = [
  {
    label: 'Home',
    items: [
      {
        label: 'Today',
        path: '/today',
        icon: IconSun,
        comingSoon: {
          summary: 'Lumo will line up what deserves your attention today, in one short list.',
          features: [
            'Follow-ups that are due, with the last conversation one click away',
            'Invoices that are overdue or about to be',
            'Deals that have gone quiet for too long',
          ],
        },
      },
    ],
  },
  {
    label: 'Relationships',
    items: [
      { label: 'Contacts', path: '/contacts', icon: IconAddressBook },
      { label: 'Companies', path: '/companies', icon: IconBuilding },
      { label: 'Lists', path: '/lists', icon: IconListDetails },
      { label: 'Leads', path: '/leads', icon: IconTargetArrow },
      { label: 'Deals', path: '/deals', icon: IconLayoutKanban },
      { label: 'Import', path: '/import', icon: IconFileImport },
    ],
  },
  {
    label: 'Billing',
    items: [
      { label: 'Accounts', path: '/accounts', icon: IconBuildingBank },
      { label: 'Invoices', path: '/invoices', icon: IconFileInvoice, badge: OverdueNavBadge },
      { label: 'Estimates', path: '/estimates', icon: IconFileDescription },
      { label: 'Outbox', path: '/outbox', icon: IconMailForward, badge: OutboxNavBadge },
      { label: 'Catalog', path: '/catalog', icon: IconPackage },
    ],
  },
  {
    label: 'Insights',
    items: [{ label: 'Reports', path: '/reports', icon: IconChartBar }],
  },
];

export const settingsItem: NavItem = { label: 'Settings', path: '/settings', icon: IconSettings };

export const comingSoonItems = navSections
  .flatMap((section) => section.items)
  .filter((item) => item.comingSoon);
