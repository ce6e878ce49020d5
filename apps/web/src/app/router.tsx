import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { SignInPage } from '../features/auth/SignInPage';
import { NewThreadPage } from '../features/discussions/NewThreadPage';
import { ThreadPage } from '../features/discussions/ThreadPage';
import { AcceptInvitationPage } from '../features/invitations/AcceptInvitationPage';
import { InvitationsPage } from '../features/invitations/InvitationsPage';
import { NotificationsPage } from '../features/notifications/NotificationsPage';
import { EntitiesPage } from '../features/organizations/EntitiesPage';
import { MemberStatesPage } from '../features/organizations/MemberStatesPage';
import { OrganizationPage } from '../features/organizations/OrganizationPage';
import { ProfilePage } from '../features/profile/ProfilePage';
import { PeoplePage } from '../features/users/PeoplePage';
import { PersonPage } from '../features/users/PersonPage';
import { WorkingGroupPage } from '../features/working-groups/WorkingGroupPage';
import { WorkingGroupsPage } from '../features/working-groups/WorkingGroupsPage';
import { WorkspacePage } from '../features/workspaces/WorkspacePage';
import { WorkspacesPage } from '../features/workspaces/WorkspacesPage';
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
const requests = () => import('../features/assistance-requests/RequestsPage');
const requestForms = () => import('../features/assistance-requests/RequestFormPage');
const projectForms = () => import('../features/projects/ProjectFormPage');
const activityForms = () => import('../features/activities/ActivityFormPage');
const report = () => import('../features/reports/QuarterlyReportPage');

export const routes: RouteObject[] = [
  {
    element: <PublicLayout />,
    children: [
      { path: '/sign-in', element: <SignInPage /> },
      { path: '/invitations/accept', element: <AcceptInvitationPage /> },
    ],
  },
  {
    element: <RequireSession />,
    children: [
      {
        // The report prints itself alone (?print=1) for the PDF export.
        element: <PrintableLayout />,
        children: [{ path: '/reports/:year/:quarter', lazy: page(report, (m) => m.QuarterlyReportPage) }],
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
          { path: '/requests', lazy: page(requests, (m) => () => <m.RequestsPage key="all" kind="all" />) },
          { path: '/requests/open', lazy: page(requests, (m) => () => <m.RequestsPage key="open" kind="open" />) },
          {
            path: '/requests/assigned',
            lazy: page(requests, (m) => () => <m.RequestsPage key="assigned" kind="assigned" />),
          },
          {
            path: '/requests/triage',
            lazy: page(
              () => import('../features/assistance-requests/TriageBoardPage'),
              (m) => m.TriageBoardPage,
            ),
          },
          { path: '/requests/new', lazy: page(requestForms, (m) => m.NewRequestPage) },
          {
            path: '/requests/:id',
            lazy: page(
              () => import('../features/assistance-requests/RequestPage'),
              (m) => m.RequestPage,
            ),
          },
          { path: '/requests/:id/edit', lazy: page(requestForms, (m) => m.EditRequestPage) },
          {
            path: '/dashboard',
            lazy: page(
              () => import('../features/reports/DashboardPage'),
              (m) => m.DashboardPage,
            ),
          },
          {
            path: '/projects',
            lazy: page(
              () => import('../features/projects/ProjectsPage'),
              (m) => m.ProjectsPage,
            ),
          },
          { path: '/projects/new', lazy: page(projectForms, (m) => m.NewProjectPage) },
          {
            path: '/projects/:id',
            lazy: page(
              () => import('../features/projects/ProjectPage'),
              (m) => m.ProjectPage,
            ),
          },
          { path: '/projects/:id/edit', lazy: page(projectForms, (m) => m.EditProjectPage) },
          {
            path: '/activities',
            lazy: page(
              () => import('../features/activities/ActivitiesPage'),
              (m) => m.ActivitiesPage,
            ),
          },
          { path: '/activities/new', lazy: page(activityForms, (m) => m.NewActivityPage) },
          {
            path: '/activities/:id',
            lazy: page(
              () => import('../features/activities/ActivityPage'),
              (m) => m.ActivityPage,
            ),
          },
          { path: '/activities/:id/edit', lazy: page(activityForms, (m) => m.EditActivityPage) },
          {
            path: '/funding',
            lazy: page(
              () => import('../features/funding/FundingPage'),
              (m) => m.FundingPage,
            ),
          },
          { path: '/reports', lazy: page(report, (m) => m.CurrentReportRedirect) },
          { path: '/notifications', element: <NotificationsPage /> },
          { path: '/invitations', element: <InvitationsPage /> },
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
