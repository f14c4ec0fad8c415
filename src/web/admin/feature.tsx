/** Administration: organisations, users, API keys and the audit log; in the menu only for admins. */
import { Navigate, Route } from 'react-router';
import type { WebFeature } from '../feature.ts';
import { isAdmin } from '../api/types.ts';
import { AdminLayout } from './AdminLayout.tsx';
import { OrganisationsPage } from './organisations/OrganisationsPage.tsx';
import { CreateOrganisationPage } from './organisations/CreateOrganisationPage.tsx';
import { EditOrganisationPage } from './organisations/EditOrganisationPage.tsx';
import { UsersPage } from './users/UsersPage.tsx';
import { CreateUserPage } from './users/CreateUserPage.tsx';
import { UserPage } from './users/UserPage.tsx';
import { TokensPage } from './tokens/TokensPage.tsx';
import { AuditPage } from './audit/AuditPage.tsx';

export const adminFeature: WebFeature = {
  name: 'admin',
  routes: (
    <Route path="admin" element={<AdminLayout />}>
      <Route index element={<Navigate to="organisationer" replace />} />
      <Route path="organisationer" element={<OrganisationsPage />} />
      <Route path="organisationer/ny" element={<CreateOrganisationPage />} />
      <Route path="organisationer/:id" element={<EditOrganisationPage />} />
      <Route path="anvandare" element={<UsersPage />} />
      <Route path="anvandare/ny" element={<CreateUserPage />} />
      <Route path="anvandare/:id" element={<UserPage />} />
      <Route path="api-nycklar" element={<TokensPage />} />
      <Route path="handelselogg" element={<AuditPage />} />
    </Route>
  ),
  nav: { label: 'admin', path: '/admin', shownTo: isAdmin },
};
