import { createHashRouter, Navigate } from 'react-router';
import { CompaniesPage } from '../companies/CompaniesPage';
import { CompanyDetailPage } from '../companies/CompanyDetailPage';
import { EditCompanyPage, NewCompanyPage } from '../companies/CompanyFormPages';
import { ContactDetailPage } from '../contacts/ContactDetailPage';
import { EditContactPage, NewContactPage } from '../contacts/ContactFormPages';
import { ContactsPage } from '../contacts/ContactsPage';
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
          { path: 'settings', element: <SettingsPage /> },
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
