/** Administration: organisations, users, API keys and the audit log; in the menu only for admins. */
import { Navigate, Route } from 'react-router';
import type { WebFeature } from '../feature.ts';
import { lazyPage } from '../ui/lazyPage.tsx';
import { isAdmin } from '../api/types.ts';

const AdminLayout = lazyPage(() => import('./AdminLayout.tsx'), 'AdminLayout');
const OrganisationsPage = lazyPage(() => import('./organisations/OrganisationsPage.tsx'), 'OrganisationsPage');
const CreateOrganisationPage = lazyPage(
  () => import('./organisations/CreateOrganisationPage.tsx'),
  'CreateOrganisationPage',
);
const EditOrganisationPage = lazyPage(() => import('./organisations/EditOrganisationPage.tsx'), 'EditOrganisationPage');
const UsersPage = lazyPage(() => import('./users/UsersPage.tsx'), 'UsersPage');
const CreateUserPage = lazyPage(() => import('./users/CreateUserPage.tsx'), 'CreateUserPage');
const UserPage = lazyPage(() => import('./users/UserPage.tsx'), 'UserPage');
const TokensPage = lazyPage(() => import('./tokens/TokensPage.tsx'), 'TokensPage');
const AuditPage = lazyPage(() => import('./audit/AuditPage.tsx'), 'AuditPage');

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
