/** The routes of the staff app, relative to /app. Paths are Swedish, like everything the user reads. */
import { createBrowserRouter, createRoutesFromElements, Navigate, Route, RouterProvider } from 'react-router';
import { Layout } from './layout/Layout.tsx';
import { NotFoundPage } from './layout/NotFoundPage.tsx';
import { RequireAuth } from './auth/session.tsx';
import { SignInPage } from './auth/SignInPage.tsx';
import { ForgotPasswordPage } from './auth/ForgotPasswordPage.tsx';
import { NewPasswordPage } from './auth/NewPasswordPage.tsx';
import { OverviewPage } from './overview/OverviewPage.tsx';
import { PromiseListPage } from './promises/PromiseListPage.tsx';
import { ImportPage } from './promises/import/ImportPage.tsx';
import { EditPromisePage, NewPromisePage } from './promises/editor/EditorPages.tsx';
import { PromiseSetPage } from './promises/page/PromiseSetPage.tsx';
import { VersionsPage } from './promises/versions/VersionsPage.tsx';
import { ActivitiesPage } from './activities/ActivitiesPage.tsx';
import { ActivityFormPage } from './activities/ActivityFormPage.tsx';
import { UploadPage } from './activities/UploadPage.tsx';
import { PlanPage } from './activities/PlanPage.tsx';
import { DialogueRoutes } from './dialogues/DialogueRoutes.tsx';
import { SituationPage } from './situation/SituationPage.tsx';
import { FollowUpListPage } from './follow-ups/FollowUpListPage.tsx';
import { FollowUpPage } from './follow-ups/FollowUpPage.tsx';
import { AdminLayout } from './admin/AdminLayout.tsx';
import { OrganisationsPage } from './admin/organisations/OrganisationsPage.tsx';
import { CreateOrganisationPage } from './admin/organisations/CreateOrganisationPage.tsx';
import { EditOrganisationPage } from './admin/organisations/EditOrganisationPage.tsx';
import { UsersPage } from './admin/users/UsersPage.tsx';
import { CreateUserPage } from './admin/users/CreateUserPage.tsx';
import { UserPage } from './admin/users/UserPage.tsx';
import { TokensPage } from './admin/tokens/TokensPage.tsx';
import { AuditPage } from './admin/audit/AuditPage.tsx';

function PromiseRoutes() {
  return (
    <Route path="loften">
      <Route index element={<PromiseListPage />} />
      <Route path="las-in" element={<ImportPage />} />
      <Route path="ny" element={<NewPromisePage />} />
      <Route path=":id" element={<PromiseSetPage />} />
      <Route path=":id/redigera" element={<EditPromisePage />} />
      <Route path=":id/versioner" element={<VersionsPage />} />
    </Route>
  );
}

function ActivityRoutes() {
  return (
    <Route path="aktiviteter">
      <Route index element={<ActivitiesPage />} />
      <Route path="ny" element={<ActivityFormPage />} />
      <Route path="ladda-upp" element={<UploadPage />} />
      <Route path="plan" element={<PlanPage />} />
    </Route>
  );
}

function AdminRoutes() {
  return (
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
  );
}

/** A data router, so a form with unsaved changes can ask before the user leaves it (useBlocker). */
const router = createBrowserRouter(
  createRoutesFromElements(
    <Route element={<Layout />}>
      <Route path="logga-in" element={<SignInPage />} />
      <Route path="glomt-losenord" element={<ForgotPasswordPage />} />
      <Route path="nytt-losenord" element={<NewPasswordPage />} />
      <Route element={<RequireAuth />}>
        <Route index element={<OverviewPage />} />
        {PromiseRoutes()}
        {ActivityRoutes()}
        {DialogueRoutes()}
        <Route path="lagesbild" element={<SituationPage />} />
        <Route path="uppfoljning" element={<FollowUpListPage />} />
        <Route path="uppfoljning/:id" element={<FollowUpPage />} />
        {AdminRoutes()}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Route>,
  ),
  { basename: '/app' },
);

export function App() {
  return <RouterProvider router={router} />;
}
