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
import { PublicLayout } from './PublicLayout';
import { RequireSession } from './RequireSession';

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
