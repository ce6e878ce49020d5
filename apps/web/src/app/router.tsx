import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { loadActivitiesPage, loadActivityFormPages, loadActivityPage } from '../features/activities';
import {
  loadRequestFormPages,
  loadRequestPage,
  loadRequestsPage,
  loadTriageBoardPage,
} from '../features/assistance-requests';
import { ForgotPasswordPage, ResetPasswordPage, SignInPage } from '../features/auth';
import { NewThreadPage, ThreadPage } from '../features/discussions';
import { loadFundingPage } from '../features/funding';
import { AcceptInvitationPage, InvitationsPage } from '../features/invitations';
import { UndeliveredMailPage } from '../features/mail';
import { NotificationsPage, UnsubscribePage } from '../features/notifications';
import { EntitiesPage, MemberStatesPage, OrganizationPage } from '../features/organizations';
import { ProfilePage } from '../features/profile';
import { loadProjectFormPages, loadProjectPage, loadProjectsPage } from '../features/projects';
import { loadDashboardPage, loadQuarterlyReportPages } from '../features/reports';
import { loadSearchPage } from '../features/search';
import { PeoplePage, PersonPage } from '../features/users';
import { WorkingGroupPage, WorkingGroupsPage } from '../features/working-groups';
import { WorkspacePage, WorkspacesPage } from '../features/workspaces';
import { AppShellLayout } from './AppShellLayout';
import { HomePage } from './HomePage';
import { NotFoundPage } from './NotFoundPage';
import { PrintableLayout } from './PrintableLayout';
import { PublicLayout } from './PublicLayout';
import { RequireSession } from './RequireSession';

/**
 * The coordination features (requests, projects, activities, funding, reports) load on first visit, so
 * that signing in and the directory do not wait for their code (and the map's data).
 */
function page<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): RouteObject['lazy'] {
  return async () => ({ Component: pick(await load()) });
}

export const routes: RouteObject[] = [
  {
    element: <PublicLayout />,
    children: [
      { path: '/sign-in', element: <SignInPage /> },
      { path: '/forgot-password', element: <ForgotPasswordPage /> },
      { path: '/reset-password', element: <ResetPasswordPage /> },
      // The link of notification mails: stops them without signing in.
      { path: '/unsubscribe', element: <UnsubscribePage /> },
      { path: '/invitations/accept', element: <AcceptInvitationPage /> },
    ],
  },
  {
    element: <RequireSession />,
    children: [
      {
        // The report prints itself alone (?print=1) for the PDF export.
        element: <PrintableLayout />,
        children: [
          { path: '/reports/:year/:quarter', lazy: page(loadQuarterlyReportPages, (m) => m.QuarterlyReportPage) },
        ],
      },
      {
        element: <AppShellLayout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: '/entities', element: <EntitiesPage /> },
          { path: '/states', element: <MemberStatesPage /> },
          { path: '/organizations/:id', element: <OrganizationPage /> },
          { path: '/working-groups', element: <WorkingGroupsPage /> },
          { path: '/working-groups/:id', element: <WorkingGroupPage /> },
          { path: '/people', element: <PeoplePage /> },
          { path: '/people/:id', element: <PersonPage /> },
          { path: '/workspaces', element: <WorkspacesPage /> },
          { path: '/workspaces/:id', element: <WorkspacePage /> },
          { path: '/workspaces/:id/threads/new', element: <NewThreadPage /> },
          { path: '/threads/:id', element: <ThreadPage /> },
          { path: '/requests', lazy: page(loadRequestsPage, (m) => () => <m.RequestsPage key="all" kind="all" />) },
          {
            path: '/requests/open',
            lazy: page(loadRequestsPage, (m) => () => <m.RequestsPage key="open" kind="open" />),
          },
          {
            path: '/requests/assigned',
            lazy: page(loadRequestsPage, (m) => () => <m.RequestsPage key="assigned" kind="assigned" />),
          },
          { path: '/requests/triage', lazy: page(loadTriageBoardPage, (m) => m.TriageBoardPage) },
          { path: '/requests/new', lazy: page(loadRequestFormPages, (m) => m.NewRequestPage) },
          { path: '/requests/:id', lazy: page(loadRequestPage, (m) => m.RequestPage) },
          { path: '/requests/:id/edit', lazy: page(loadRequestFormPages, (m) => m.EditRequestPage) },
          { path: '/dashboard', lazy: page(loadDashboardPage, (m) => m.DashboardPage) },
          { path: '/projects', lazy: page(loadProjectsPage, (m) => m.ProjectsPage) },
          { path: '/projects/new', lazy: page(loadProjectFormPages, (m) => m.NewProjectPage) },
          { path: '/projects/:id', lazy: page(loadProjectPage, (m) => m.ProjectPage) },
          { path: '/projects/:id/edit', lazy: page(loadProjectFormPages, (m) => m.EditProjectPage) },
          { path: '/activities', lazy: page(loadActivitiesPage, (m) => m.ActivitiesPage) },
          { path: '/activities/new', lazy: page(loadActivityFormPages, (m) => m.NewActivityPage) },
          { path: '/activities/:id', lazy: page(loadActivityPage, (m) => m.ActivityPage) },
          { path: '/activities/:id/edit', lazy: page(loadActivityFormPages, (m) => m.EditActivityPage) },
          { path: '/funding', lazy: page(loadFundingPage, (m) => m.FundingPage) },
          { path: '/reports', lazy: page(loadQuarterlyReportPages, (m) => m.CurrentReportRedirect) },
          { path: '/search', lazy: page(loadSearchPage, (m) => m.SearchPage) },
          { path: '/notifications', element: <NotificationsPage /> },
          { path: '/invitations', element: <InvitationsPage /> },
          { path: '/admin/mail', element: <UndeliveredMailPage /> },
          { path: '/profile', element: <ProfilePage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
