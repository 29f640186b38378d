import { createHashRouter, Navigate } from 'react-router';
import { AccountDetailPage } from '../accounts/AccountDetailPage';
import { AccountsPage } from '../accounts/AccountsPage';
import { EditCatalogItemPage, NewCatalogItemPage } from '../catalog/CatalogFormPages';
import { CatalogPage } from '../catalog/CatalogPage';
import { CompaniesPage } from '../companies/CompaniesPage';
import { CompanyDetailPage } from '../companies/CompanyDetailPage';
import { EditCompanyPage, NewCompanyPage } from '../companies/CompanyFormPages';
import { ContactDetailPage } from '../contacts/ContactDetailPage';
import { EditContactPage, NewContactPage } from '../contacts/ContactFormPages';
import { ContactsPage } from '../contacts/ContactsPage';
import { DealDetailPage } from '../deals/DealDetailPage';
import { EditDealPage, NewDealPage } from '../deals/DealFormPages';
import { DealsPage } from '../deals/DealsPage';
import { OutboxPage } from '../email/OutboxPage';
import { EstimatePage } from '../estimates/EstimatePage';
import { EstimatesPage } from '../estimates/EstimatesPage';
import { ForecastPage } from '../forecast/ForecastPage';
import { ImportPage } from '../imports/ImportPage';
import { InvoicePage } from '../invoices/InvoicePage';
import { InvoicesPage } from '../invoices/InvoicesPage';
import { LeadDetailPage } from '../leads/LeadDetailPage';
import { EditLeadPage, NewLeadPage } from '../leads/LeadFormPages';
import { LeadsPage } from '../leads/LeadsPage';
import { ListDetailPage } from '../saved-lists/ListDetailPage';
import { EditListPage, NewListPage } from '../saved-lists/ListFormPages';
import { ListsPage } from '../saved-lists/ListsPage';
import { SettingsPage } from '../settings/SettingsPage';
import { AppLayout } from '../shell/AppLayout';
import { ComingSoonPage } from '../shell/ComingSoonPage';
import { comingSoonItems } from '../shell/nav-items';
import { RouteError } from './RouteError';

/** A hash router: Electron loads app://lumenbase/index.html and the web host serves /, and both keep working. */
export const router = createHashRouter([
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    // The inner boundary keeps the sidebar on screen when one page fails; the outer one catches the shell.
    children: [
      {
        errorElement: <RouteError />,
        children: [
          // Contacts is home until Today has its priorities to show.
          { index: true, element: <Navigate to="/contacts" replace /> },
          { path: 'contacts', element: <ContactsPage /> },
          { path: 'contacts/new', element: <NewContactPage /> },
          { path: 'contacts/:id', element: <ContactDetailPage /> },
          { path: 'contacts/:id/edit', element: <EditContactPage /> },
          { path: 'companies', element: <CompaniesPage /> },
          { path: 'companies/new', element: <NewCompanyPage /> },
          { path: 'companies/:id', element: <CompanyDetailPage /> },
          { path: 'companies/:id/edit', element: <EditCompanyPage /> },
          { path: 'leads', element: <LeadsPage /> },
          { path: 'leads/new', element: <NewLeadPage /> },
          { path: 'leads/:id', element: <LeadDetailPage /> },
          { path: 'leads/:id/edit', element: <EditLeadPage /> },
          { path: 'deals', element: <DealsPage /> },
          { path: 'deals/new', element: <NewDealPage /> },
          { path: 'deals/:id', element: <DealDetailPage /> },
          { path: 'deals/:id/edit', element: <EditDealPage /> },
          { path: 'accounts', element: <AccountsPage /> },
          { path: 'accounts/:id', element: <AccountDetailPage /> },
          { path: 'invoices', element: <InvoicesPage /> },
          { path: 'invoices/:id', element: <InvoicePage /> },
          { path: 'lists', element: <ListsPage /> },
          { path: 'lists/new', element: <NewListPage /> },
          { path: 'lists/:id', element: <ListDetailPage /> },
          { path: 'lists/:id/edit', element: <EditListPage /> },
          { path: 'reports', element: <ForecastPage /> },
          { path: 'import', element: <ImportPage /> },
          { path: 'catalog', element: <CatalogPage /> },
          { path: 'catalog/new', element: <NewCatalogItemPage /> },
          { path: 'catalog/:id/edit', element: <EditCatalogItemPage /> },
          { path: 'settings/:tab?', element: <SettingsPage /> },
          { path: 'estimates', element: <EstimatesPage /> },
          { path: 'estimates/:id', element: <EstimatePage /> },
          { path: 'outbox', element: <OutboxPage /> },
          ...comingSoonItems.map((item) => ({
            path: item.path.slice(1),
            element: <ComingSoonPage item={item} />,
          })),
          { path: '*', element: <Navigate to="/contacts" replace /> },
        ],
      },
    ],
  },
]);
